# verdict: too_slow
# correct, but checks every interval of the first list against every interval of the second:
# O(n * m) instead of O(n + m)
def interval_intersection(first_list, second_list):
    out = []
    for a, b in first_list:
        for c, d in second_list:
            low, high = max(a, c), min(b, d)
            if low <= high:
                out.append([low, high])
    return out
