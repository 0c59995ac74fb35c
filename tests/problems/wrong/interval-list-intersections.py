# verdict: wrong_answer
# Advances the list whose interval ends first when the two overlap, but when they do not overlap at
# all it always moves on in the second list, which can skip a second-list interval that the next
# interval of the first list would have met.
def interval_intersection(first_list, second_list):
    out, i, j = [], 0, 0
    while i < len(first_list) and j < len(second_list):
        low = max(first_list[i][0], second_list[j][0])
        high = min(first_list[i][1], second_list[j][1])
        if low <= high:
            out.append([low, high])
            if first_list[i][1] < second_list[j][1]:
                i += 1
            else:
                j += 1
        else:
            j += 1
    return out
