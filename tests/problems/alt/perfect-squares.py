from math import isqrt


def num_squares(n):
    # breadth-first search on the remainder: level d holds what is left after d squares
    level, frontier, seen = 0, {n}, {n}
    while frontier:
        level += 1
        nxt = set()
        for rest in frontier:
            for k in range(1, isqrt(rest) + 1):
                left = rest - k * k
                if left == 0:
                    return level
                if left not in seen:
                    seen.add(left)
                    nxt.add(left)
        frontier = nxt
    raise AssertionError("unreachable: 1 is a square")
