# verdict: wrong_answer
# removes duplicates first, so repeated values are counted once
def find_kth_largest(nums, k):
    values = sorted(set(nums), reverse=True)
    return values[min(k, len(values)) - 1]
