# verdict: wrong_answer
# the stack pass is right, but the bars left on the stack at the end are never measured
def largest_rectangle_area(heights):
    stack = []
    best = 0
    for i, h in enumerate(heights):
        while stack and heights[stack[-1]] >= h:
            top = heights[stack.pop()]
            left = stack[-1] + 1 if stack else 0
            best = max(best, top * (i - left))
        stack.append(i)
    return best
