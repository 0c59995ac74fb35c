# verdict: wrong_answer
# advances the pointer whose interval STARTS first instead of the one that ENDS first, skipping overlaps
def interval_intersection(first_list, second_list):
    out, i, j = [], 0, 0
    while i < len(first_list) and j < len(second_list):
        low = max(first_list[i][0], second_list[j][0])
        high = min(first_list[i][1], second_list[j][1])
        if low <= high:
            out.append([low, high])
        if first_list[i][0] < second_list[j][0]:
            i += 1
        else:
            j += 1
    return out
