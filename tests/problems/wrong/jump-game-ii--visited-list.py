# verdict: too_slow
# Breadth-first search over the squares with the visited ones kept in a list: right, but every
# `in visited` test scans the list, O(n^2) where the greedy layers are O(n).
def jump(nums):
    last = len(nums) - 1
    visited = [0]
    layer = [0]
    jumps = 0
    while last not in layer:
        jumps += 1
        nxt = []
        for i in layer:
            for j in range(i + 1, min(last, i + nums[i]) + 1):
                if j not in visited:
                    visited.append(j)
                    nxt.append(j)
        layer = nxt
    return jumps
