# verdict: wrong_answer
# quick-find that relabels only node b, not every node of b's piece
def find_redundant_connection(edges):
    label = list(range(len(edges) + 1))
    for a, b in edges:
        if label[a] == label[b]:
            return [a, b]
        label[b] = label[a]
    return edges[-1]
