def accounts_merge(accounts):
    # graph: every address links to the other addresses of its accounts; one DFS per person
    links = {}
    name_of = {}
    for name, *emails in accounts:
        for e in emails:
            links.setdefault(e, set()).update(emails)
            name_of[e] = name
    seen = set()
    merged = []
    for start in links:
        if start in seen:
            continue
        seen.add(start)
        stack, group = [start], []
        while stack:
            e = stack.pop()
            group.append(e)
            for f in links[e]:
                if f not in seen:
                    seen.add(f)
                    stack.append(f)
        merged.append([name_of[start], *sorted(group)])
    return merged
