# verdict: wrong_answer
# counts runs of adjacent equal values, as if nums were sorted, so scattered copies are undercounted
def top_k_frequent(nums, k):
    counts = {}
    run = 0
    for i, x in enumerate(nums):
        run = run + 1 if i > 0 and nums[i - 1] == x else 1
        counts[x] = max(counts.get(x, 0), run)
    return sorted(counts, key=lambda v: -counts[v])[:k]
