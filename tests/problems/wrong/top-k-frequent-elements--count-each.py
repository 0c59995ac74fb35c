# verdict: too_slow
# Counts each distinct value with list.count: correct, but O(n * distinct) where one Counter pass
# and buckets are O(n).
def top_k_frequent(nums, k):
    counts = {v: nums.count(v) for v in set(nums)}
    return sorted(counts, key=counts.get, reverse=True)[:k]
