# verdict: wrong_answer
# Handles "a pair of equal values" first: if target // 2 occurs twice it returns those two. For
# an odd target the floor division makes that a pair summing to target - 1.
def two_sum_sorted(numbers, target):
    half = target // 2
    if numbers.count(half) >= 2:
        i = numbers.index(half)
        return [i + 1, i + 2]
    i, j = 0, len(numbers) - 1
    while i < j:
        total = numbers[i] + numbers[j]
        if total == target:
            return [i + 1, j + 1]
        if total < target:
            i += 1
        else:
            j -= 1
    return []
