# verdict: too_slow
# Finds x in nums2 and scans to its right for each value of nums1: O(len(nums1) * len(nums2)).
def next_greater_element(nums1, nums2):
    answer = []
    for x in nums1:
        found = -1
        for j in range(nums2.index(x) + 1, len(nums2)):
            if nums2[j] > x:
                found = nums2[j]
                break
        answer.append(found)
    return answer
