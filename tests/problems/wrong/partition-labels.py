# verdict: wrong_answer
# sets the piece's end to the current letter's last index instead of the max so far, so "abcba" is cut at "c"
def partition_labels(s):
    last = {ch: i for i, ch in enumerate(s)}
    sizes = []
    start = 0
    for i, ch in enumerate(s):
        end = last[ch]
        if i == end:
            sizes.append(end - start + 1)
            start = i + 1
    return sizes
