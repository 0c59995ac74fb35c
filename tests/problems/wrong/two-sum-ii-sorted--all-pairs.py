# verdict: too_slow
# correct, but tries every pair of positions: O(n^2) instead of walking two pointers inwards
def two_sum_sorted(numbers, target):
    for i in range(len(numbers)):
        for j in range(i + 1, len(numbers)):
            if numbers[i] + numbers[j] == target:
                return [i + 1, j + 1]
    return []
