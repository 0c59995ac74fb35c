# verdict: too_slow
# recomputes every product from scratch with a nested loop: correct, but O(n^2)
def product_except_self(nums):
    n = len(nums)
    answer = []
    for i in range(n):
        p = 1
        for j in range(n):
            if j != i:
                p *= nums[j]
        answer.append(p)
    return answer
