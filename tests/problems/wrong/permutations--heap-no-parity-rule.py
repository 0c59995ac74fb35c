# verdict: wrong_answer
# Heap's algorithm without its parity rule (always swaps the first slot with the last): right for
# up to three values, repeats some orderings and misses others from four on.
def permute(nums):
    a = list(nums)
    result = []

    def heap(k):
        if k <= 1:
            result.append(a[:])
            return
        for _ in range(k - 1):
            heap(k - 1)
            a[0], a[k - 1] = a[k - 1], a[0]
        heap(k - 1)

    heap(len(a))
    return result
