# verdict: too_slow
# correct, but deletes every interval the new one absorbs with list.remove, which searches the
# list from the front each time: O(n) per absorbed interval, O(n^2) in all
import bisect


def insert(intervals, new_interval):
    start, end = new_interval
    out = list(intervals)
    hits = [iv for iv in intervals if iv[0] <= end and iv[1] >= start]
    for iv in hits:
        out.remove(iv)
        start, end = min(start, iv[0]), max(end, iv[1])
    out.insert(bisect.bisect_left(out, [start, end]), [start, end])
    return out
