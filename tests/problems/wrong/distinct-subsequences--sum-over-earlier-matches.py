# verdict: too_slow
# ends[i] = ways to spell t[:j] with t[j - 1] taken at s[i], summed over every earlier position:
# right, but each step sums a whole prefix, O(m * n^2) where running totals give O(m * n).
def num_distinct(s, t):
    ends = [1 if ch == t[0] else 0 for ch in s]
    for j in range(1, len(t)):
        ends = [sum(ends[:i]) if ch == t[j] else 0 for i, ch in enumerate(s)]
    return sum(ends)
