def can_attend_meetings(intervals):
    # sweep over the time points: +1 at a start, -1 at an end; ends sort before starts at a tie
    events = sorted([(s, 1) for s, _ in intervals] + [(e, -1) for _, e in intervals])
    busy = 0
    for _, delta in events:
        busy += delta
        if busy > 1:
            return False
    return True
