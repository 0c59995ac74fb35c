# verdict: wrong_answer
# Keys each group by (length, XOR of the letter codes), a "cheap signature" that is the same for
# every anagram; but letters that pair up cancel out, so "aa" and "bb" (or "aab" and "bbb"... any
# two words of one length whose XORs agree) land in one group.
def group_anagrams(strs):
    groups = {}
    for s in strs:
        code = 0
        for ch in s:
            code ^= ord(ch)
        groups.setdefault((len(s), code), []).append(s)
    return list(groups.values())
