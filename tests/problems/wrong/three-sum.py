# verdict: wrong_answer
# Counts each value, then tries pairs of distinct values a <= b with c = -a - b >= b, checking
# that enough copies exist when b == c or all three are equal, but not when a == b: a value
# present once is used twice as a and b.
from collections import Counter


def three_sum(nums):
    count = Counter(nums)
    values = sorted(count)
    out = []
    for x, a in enumerate(values):
        for b in values[x:]:
            c = -a - b
            if c < b or c not in count:
                continue
            if a == b == c:
                if count[a] < 3:
                    continue
            elif b == c and count[b] < 2:
                continue
            out.append([a, b, c])
    return out
