class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        q = deque()  # indices, values decreasing
        output = []
        for r, x in enumerate(nums):
            while q and nums[q[-1]] < x:
                q.pop()
            q.append(r)
            if q[0] == r - k:
                q.popleft()
            if r >= k - 1:
                output.append(nums[q[0]])
        return output
