# verdict: too_slow
# correct, but finds the tallest wall on each side of every column with max() over a slice:
# two O(n) scans per column, O(n^2) in all
def trap(height):
    water = 0
    for i in range(1, len(height) - 1):
        level = min(max(height[: i + 1]), max(height[i:]))
        water += level - height[i]
    return water
