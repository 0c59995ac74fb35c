# verdict: wrong_answer
# Returns the prefix only at the first mismatching column; when the shortest string runs out with
# no mismatch (the whole shortest string is the prefix), it returns "" instead.
def longest_common_prefix(strs):
    for i, column in enumerate(zip(*strs)):
        if len(set(column)) > 1:
            return strs[0][:i]
    return ""
