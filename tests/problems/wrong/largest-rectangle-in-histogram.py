# verdict: wrong_answer
# The stack pass is right, but the bars left on the stack at the end are measured from their own
# index to the end only, forgetting that each also reaches left over the taller bars popped
# before it: [4, 2, 3] gives 4 instead of 2 * 3 = 6.
def largest_rectangle_area(heights):
    stack = []
    best = 0
    n = len(heights)
    for i, h in enumerate(heights):
        while stack and heights[stack[-1]] > h:
            top = heights[stack.pop()]
            left = stack[-1] + 1 if stack else 0
            best = max(best, top * (i - left))
        stack.append(i)
    while stack:
        j = stack.pop()
        best = max(best, heights[j] * (n - j))
    return best
