def min_meeting_rooms(intervals):
    # sweep: ends sort before starts at the same time, since a room freed at t is reusable at t
    events = sorted([(s, 1) for s, _ in intervals] + [(e, -1) for _, e in intervals])
    best = cur = 0
    for _, delta in events:
        cur += delta
        best = max(best, cur)
    return best
