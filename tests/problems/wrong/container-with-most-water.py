# verdict: wrong_answer
# Two pointers moving the shorter wall, but it stops as soon as either pointer stands on a wall of
# height 0 ("nothing can hold water there"), where it should only step past that wall.
def max_area(height):
    i, j = 0, len(height) - 1
    best = 0
    while i < j and height[i] and height[j]:
        best = max(best, min(height[i], height[j]) * (j - i))
        if height[i] < height[j]:
            i += 1
        else:
            j -= 1
    return best
