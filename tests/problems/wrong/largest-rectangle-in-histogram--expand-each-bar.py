# verdict: too_slow
# correct, but from every bar walks left and right over the bars at least as tall: O(n^2) when
# the bars rise and fall slowly
def largest_rectangle_area(heights):
    n = len(heights)
    best = 0
    for i, h in enumerate(heights):
        left = i
        while left > 0 and heights[left - 1] >= h:
            left -= 1
        right = i
        while right < n - 1 and heights[right + 1] >= h:
            right += 1
        best = max(best, h * (right - left + 1))
    return best
