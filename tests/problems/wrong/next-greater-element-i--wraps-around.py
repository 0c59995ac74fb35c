# verdict: wrong_answer
# Wraps around to the start of nums2 when nothing larger follows x (the circular variant).
def next_greater_element(nums1, nums2):
    following = {}
    stack = []
    for x in nums2 + nums2:
        while stack and stack[-1] < x:
            following.setdefault(stack.pop(), x)
        stack.append(x)
    return [following.get(x, -1) for x in nums1]
