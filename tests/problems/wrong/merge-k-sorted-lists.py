# verdict: too_slow
# scans all k list heads to find the minimum for every single output value: O(N * k)
def merge_k_lists(lists):
    pos = [0] * len(lists)
    merged = []
    while True:
        best = -1
        for i, lst in enumerate(lists):
            if pos[i] < len(lst) and (best < 0 or lst[pos[i]] < lists[best][pos[best]]):
                best = i
        if best < 0:
            return merged
        merged.append(lists[best][pos[best]])
        pos[best] += 1
