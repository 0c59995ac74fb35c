# verdict: wrong_answer
# keys a dict by the point, so a point listed twice is only counted once and the second copy is
# replaced by a farther point
def k_closest(points, k):
    dist = {(x, y): x * x + y * y for x, y in points}
    ranked = sorted(dist, key=dist.get)
    return [list(p) for p in ranked[:k]]
