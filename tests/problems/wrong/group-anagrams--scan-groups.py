# verdict: too_slow
# Compares each string with the first member of every group found so far: correct, but
# O(n * groups) where a dict keyed by the sorted letters finds the group at once.
def group_anagrams(strs):
    groups = []
    keys = []
    for s in strs:
        key = sorted(s)
        for i, k in enumerate(keys):
            if k == key:
                groups[i].append(s)
                break
        else:
            keys.append(key)
            groups.append([s])
    return groups
