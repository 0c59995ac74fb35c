# verdict: wrong_answer
# Merges correctly but lists each person's addresses in the order it first met them instead of
# sorting them.
def accounts_merge(accounts):
    parent = {}

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    owner = {}
    for name, *emails in accounts:
        for e in emails:
            parent.setdefault(e, e)
            owner[e] = name
        for e in emails[1:]:
            parent[find(e)] = find(emails[0])
    groups = {}
    for e in parent:
        groups.setdefault(find(e), []).append(e)
    return [[owner[root], *members] for root, members in groups.items()]
