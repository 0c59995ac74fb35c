# verdict: wrong_answer
# Grows each piece with `for i in range(start, end + 1)` while raising `end` inside the loop,
# but range() was fixed when the loop began: letters past the first end are never looked at, so
# a piece can be cut before the last copy of one of them.
def partition_labels(s):
    last = {ch: i for i, ch in enumerate(s)}
    sizes = []
    start = 0
    while start < len(s):
        end = last[s[start]]
        for i in range(start, end + 1):
            end = max(end, last[s[i]])
        sizes.append(end - start + 1)
        start = end + 1
    return sizes
