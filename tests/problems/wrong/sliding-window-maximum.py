# verdict: wrong_answer
# Keeps the decreasing deque but never drops indices that slid out on the left, so an old
# maximum outlives its window.
from collections import deque


def max_sliding_window(nums, k):
    window = deque()
    out = []
    for i, x in enumerate(nums):
        while window and nums[window[-1]] <= x:
            window.pop()
        window.append(i)
        if i >= k - 1:
            out.append(nums[window[0]])
    return out
