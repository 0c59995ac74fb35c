# verdict: wrong_answer
# keys each group by the SET of letters, forgetting multiplicity, so "aab" joins "ab"
def group_anagrams(strs):
    groups = {}
    for s in strs:
        groups.setdefault(frozenset(s), []).append(s)
    return list(groups.values())
