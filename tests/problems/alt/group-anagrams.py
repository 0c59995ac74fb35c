def group_anagrams(strs):
    groups = {}
    for s in strs:
        key = [0] * 26
        for ch in s:
            key[ord(ch) - ord("a")] += 1
        groups.setdefault(tuple(key), []).append(s)
    return list(groups.values())
