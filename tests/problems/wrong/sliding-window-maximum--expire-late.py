# verdict: wrong_answer
# Drops the front index only once it is more than k behind (< i - k instead of <= i - k), so the
# window is really k + 1 wide.
from collections import deque


def max_sliding_window(nums, k):
    window = deque()
    out = []
    for i, x in enumerate(nums):
        while window and nums[window[-1]] <= x:
            window.pop()
        window.append(i)
        if window[0] < i - k:
            window.popleft()
        if i >= k - 1:
            out.append(nums[window[0]])
    return out
