# verdict: wrong_answer
# Returns the largest value to the right instead of the first larger one.
def next_greater_element(nums1, nums2):
    answer = []
    for x in nums1:
        right = nums2[nums2.index(x) + 1 :]
        best = max(right, default=-1)
        answer.append(best if best > x else -1)
    return answer
