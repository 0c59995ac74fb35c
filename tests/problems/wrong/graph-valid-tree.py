# verdict: wrong_answer
# trusts the edge count alone: n - 1 edges can still hold a cycle and leave a node cut off
def valid_tree(n, edges):
    return len(edges) == n - 1
