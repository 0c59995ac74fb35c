# verdict: too_slow
# correct, but measures every pair of walls: O(n^2) instead of the O(n) two-pointer walk
def max_area(height):
    best = 0
    for i in range(len(height)):
        for j in range(i + 1, len(height)):
            best = max(best, min(height[i], height[j]) * (j - i))
    return best
