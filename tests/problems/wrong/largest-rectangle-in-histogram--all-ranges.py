# verdict: too_slow
# correct, but tries every range of bars, keeping a running minimum: O(n^2) instead of O(n)
def largest_rectangle_area(heights):
    best = 0
    for i in range(len(heights)):
        low = heights[i]
        for j in range(i, len(heights)):
            low = min(low, heights[j])
            best = max(best, low * (j - i + 1))
    return best
