# verdict: wrong_answer
# Bucket sort with one value per count (bucket[count] = value), so values sharing a count overwrite
# each other and fewer than k come back.
from collections import Counter


def top_k_frequent(nums, k):
    bucket = {}
    for value, count in Counter(nums).items():
        bucket[count] = value
    out = []
    for count in range(len(nums), 0, -1):
        if count in bucket:
            out.append(bucket[count])
            if len(out) == k:
                break
    return out
