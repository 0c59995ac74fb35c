# verdict: wrong_answer
# keeps intervals by earliest end, but starts "the last kept end" at -10^4 instead of below the
# smallest allowed start (-5 * 10^4), so an interval starting further left is never kept first
def erase_overlap_intervals(intervals):
    kept, last_end = 0, -(10**4)
    for start, end in sorted(intervals, key=lambda iv: iv[1]):
        if start >= last_end:
            kept += 1
            last_end = end
    return len(intervals) - kept
