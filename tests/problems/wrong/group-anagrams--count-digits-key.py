# verdict: wrong_answer
# Keys each group by its 26 letter counts written as one string with no separator, so counts 1, 11
# and 11, 1 both read "111".
def group_anagrams(strs):
    groups = {}
    for s in strs:
        counts = [0] * 26
        for ch in s:
            counts[ord(ch) - ord("a")] += 1
        groups.setdefault("".join(map(str, counts)), []).append(s)
    return list(groups.values())
