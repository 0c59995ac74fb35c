def partition_labels(s):
    # merge the [first, last] interval of every letter; each merged interval is a piece
    spans = {}
    for i, ch in enumerate(s):
        first, _ = spans.get(ch, (i, i))
        spans[ch] = (first, i)
    merged = []
    for first, last in sorted(spans.values()):
        if merged and first <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], last)
        else:
            merged.append([first, last])
    return [last - first + 1 for first, last in merged]
