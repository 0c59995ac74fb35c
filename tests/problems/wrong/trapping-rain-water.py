# verdict: too_slow
# rescans both sides for the tallest wall at every column: correct, but O(n^2)
def trap(height):
    n = len(height)
    water = 0
    for i in range(n):
        left = 0
        for k in range(i + 1):
            left = max(left, height[k])
        right = 0
        for k in range(i, n):
            right = max(right, height[k])
        water += min(left, right) - height[i]
    return water
