# verdict: too_slow
# correct, but merges the lists into the result one after another, so the growing result is
# copied k times: O(N * k) instead of O(N log k)
def merge_k_lists(lists):
    result = []
    for lst in lists:
        merged, i, j = [], 0, 0
        while i < len(result) and j < len(lst):
            if result[i] <= lst[j]:
                merged.append(result[i])
                i += 1
            else:
                merged.append(lst[j])
                j += 1
        merged.extend(result[i:])
        merged.extend(lst[j:])
        result = merged
    return result
