# verdict: too_slow
# Keeps the people found so far in a list and, for every account, scans the whole list for groups
# sharing an address (merging all of them): correct, but O(accounts * people).
def accounts_merge(accounts):
    groups = []  # [name, set of addresses]
    for name, *emails in accounts:
        mine = set(emails)
        keep = []
        for group in groups:
            if group[1] & mine:
                mine |= group[1]
            else:
                keep.append(group)
        keep.append([name, mine])
        groups = keep
    return [[name, *sorted(emails)] for name, emails in groups]
