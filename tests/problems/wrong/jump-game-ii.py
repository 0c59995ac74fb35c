# verdict: too_slow
# DP over every earlier index that can reach i: correct, but O(n^2) where the greedy layers are O(n)
def jump(nums):
    n = len(nums)
    inf = float("inf")
    best = [inf] * n
    best[0] = 0
    for i in range(1, n):
        for j in range(i):
            if j + nums[j] >= i and best[j] + 1 < best[i]:
                best[i] = best[j] + 1
    return best[-1]
