def longest_common_prefix(strs):
    low, high = min(strs), max(strs)
    # the smallest and largest strings in sorted order differ first where any two do
    i = 0
    while i < len(low) and low[i] == high[i]:
        i += 1
    return low[:i]
