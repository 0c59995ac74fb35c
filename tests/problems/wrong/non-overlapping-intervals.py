# verdict: wrong_answer
# Sorts by start and, when two intervals overlap, keeps the SHORTER one; what matters is which
# one ends first, and a short interval can still end later than a long one that started earlier.
def erase_overlap_intervals(intervals):
    removed = 0
    kept = None
    for start, end in sorted(intervals):
        if kept is None or start >= kept[1]:
            kept = [start, end]
        else:
            removed += 1
            if end - start < kept[1] - kept[0]:
                kept = [start, end]
    return removed
