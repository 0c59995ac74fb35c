# verdict: wrong_answer
# Looks for the first larger value from the start of nums2, not from x's position, so a larger
# value before x is taken.
def next_greater_element(nums1, nums2):
    answer = []
    for x in nums1:
        answer.append(next((y for y in nums2 if y > x), -1))
    return answer
