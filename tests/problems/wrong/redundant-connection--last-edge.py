# verdict: wrong_answer
# assumes the added edge is the last one listed
def find_redundant_connection(edges):
    return edges[-1]
