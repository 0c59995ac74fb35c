# verdict: wrong_answer
# Keys each group by the sum of its letters' codes, so different letters with the same total
# ("ac" and "bb") land in one group.
def group_anagrams(strs):
    groups = {}
    for s in strs:
        groups.setdefault(sum(map(ord, s)), []).append(s)
    return list(groups.values())
