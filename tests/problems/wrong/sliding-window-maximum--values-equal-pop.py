# verdict: runtime_error
# Stores values (not indices) and pops equal values too; it then expires by value, so when two
# equal values were merged, the newer one is thrown out with the older and the deque can run
# empty while the window is not.
from collections import deque


def max_sliding_window(nums, k):
    window = deque()
    out = []
    for i, x in enumerate(nums):
        while window and window[-1] <= x:
            window.pop()
        window.append(x)
        if i >= k and window[0] == nums[i - k]:
            window.popleft()
        if i >= k - 1:
            out.append(window[0])
    return out
