# verdict: too_slow
# Cuts wherever the letters before the cut and the letters after it have nothing in common,
# building both sets afresh at every position: right, but O(n^2) where a table of last
# positions is O(n).
def partition_labels(s):
    sizes = []
    start = 0
    for i in range(1, len(s) + 1):
        if i == len(s) or not set(s[start:i]) & set(s[i:]):
            sizes.append(i - start)
            start = i
    return sizes
