from collections import deque


def jump(nums):
    # explicit BFS over indices
    n = len(nums)
    dist = [None] * n
    dist[0] = 0
    queue = deque([0])
    next_unseen = 1  # every index below this has already been queued
    while queue:
        i = queue.popleft()
        if i == n - 1:
            return dist[i]
        for j in range(next_unseen, min(n, i + nums[i] + 1)):
            dist[j] = dist[i] + 1
            queue.append(j)
        next_unseen = max(next_unseen, i + nums[i] + 1)
    return dist[-1]
