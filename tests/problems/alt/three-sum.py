from collections import Counter


def three_sum(nums):
    counts = Counter(nums)
    values = sorted(counts)
    out = []
    for i, a in enumerate(values):
        for b in values[i:]:
            c = -a - b
            if c < b or c not in counts:
                continue
            need = Counter([a, b, c])
            if all(counts[v] >= k for v, k in need.items()):
                out.append([a, b, c])
    return out
