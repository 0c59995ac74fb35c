# verdict: wrong_answer
# Greedy: always bursts the balloon with the smallest number next. Right for a valley such as
# [6, 3, 4], but on [1, 1, 2] it bursts the left 1 first and earns 5, where the middle 1 first
# earns 6.
def max_coins(nums):
    row = list(nums)
    total = 0
    while row:
        i = min(range(len(row)), key=row.__getitem__)
        left = row[i - 1] if i > 0 else 1
        right = row[i + 1] if i + 1 < len(row) else 1
        total += left * row[i] * right
        row.pop(i)
    return total
