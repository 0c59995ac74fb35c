def find_itinerary(tickets):
    # backtracking: try destinations in sorted order, undo on a dead end; first full route wins
    out = {}
    for src, dst in sorted(tickets):
        out.setdefault(src, []).append(dst)
    used = {src: [False] * len(dsts) for src, dsts in out.items()}
    route = ["JFK"]

    def go():
        if len(route) == len(tickets) + 1:
            return True
        here = route[-1]
        tried = set()
        for i, dst in enumerate(out.get(here, [])):
            if used[here][i] or dst in tried:
                continue
            tried.add(dst)
            used[here][i] = True
            route.append(dst)
            if go():
                return True
            route.pop()
            used[here][i] = False
        return False

    go()
    return route
