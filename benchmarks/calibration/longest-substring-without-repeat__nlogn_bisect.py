# expect: accepted
# O(n log n): binary search on the answer, each guess checked with a fixed-size window.
from collections import Counter


def length_of_longest_substring(s):
    def fits(k):
        window = Counter(s[:k])
        if len(window) == k:
            return True
        for i in range(k, len(s)):
            window[s[i]] += 1
            window[s[i - k]] -= 1
            if window[s[i - k]] == 0:
                del window[s[i - k]]
            if len(window) == k:
                return True
        return False

    lo, hi = 0, len(s)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(mid):
            lo = mid
        else:
            hi = mid - 1
    return lo
