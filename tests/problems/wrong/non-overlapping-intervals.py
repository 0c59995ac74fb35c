# verdict: wrong_answer
# greedy by START time, always keeping the interval seen first: one long early interval blocks many short ones
def erase_overlap_intervals(intervals):
    removed, last_end = 0, None
    for start, end in sorted(intervals):
        if last_end is None or start >= last_end:
            last_end = end
        else:
            removed += 1
    return removed
