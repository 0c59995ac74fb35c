# verdict: too_slow
# Finds the last copy of each letter by walking the rest of the string by hand: right, but each
# walk is O(n), O(n^2) in all, where one table of last positions is O(n).
def partition_labels(s):
    sizes = []
    start = end = 0
    for i, ch in enumerate(s):
        for j in range(len(s) - 1, end, -1):
            if s[j] == ch:
                end = j
                break
        if i == end:
            sizes.append(end - start + 1)
            start = i + 1
    return sizes
