# verdict: runtime_error
# Walks the first string's letters and indexes the other strings at the same position without
# checking that they are that long.
def longest_common_prefix(strs):
    first = strs[0]
    for i in range(len(first)):
        for other in strs[1:]:
            if other[i] != first[i]:
                return first[:i]
    return first
