# verdict: wrong_answer
# moves the TALLER wall inwards, throwing away the pairs that could have beaten the current one
def max_area(height):
    i, j = 0, len(height) - 1
    best = 0
    while i < j:
        best = max(best, min(height[i], height[j]) * (j - i))
        if height[i] > height[j]:
            i += 1
        else:
            j -= 1
    return best
