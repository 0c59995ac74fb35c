def next_greater_element(nums1, nums2):
    # walk nums2 from the right, keeping the values that could still be someone's answer
    following = {}
    stack = []
    for x in reversed(nums2):
        while stack and stack[-1] < x:
            stack.pop()
        following[x] = stack[-1] if stack else -1
        stack.append(x)
    return [following[x] for x in nums1]
