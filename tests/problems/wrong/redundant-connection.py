# verdict: wrong_answer
# flags the first edge whose two ends were both seen before, even when they sat in separate pieces
def find_redundant_connection(edges):
    seen = set()
    for a, b in edges:
        if a in seen and b in seen:
            return [a, b]
        seen.add(a)
        seen.add(b)
    return edges[-1]
