# verdict: wrong_answer
# first collapses the input into a dict from start to end, so of two intervals with the same
# start only the one listed last survives, even when it is the shorter one
def merge(intervals):
    end_of = {start: end for start, end in intervals}
    merged = []
    for start in sorted(end_of):
        end = end_of[start]
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
