# verdict: wrong_answer
# Greedy with one step of look-ahead: takes the smallest destination unless it has no tickets out,
# which avoids the obvious dead end but can still strand the traveller a few flights later.
def find_itinerary(tickets):
    out = {}
    for src, dst in sorted(tickets):
        out.setdefault(src, []).append(dst)
    route = ["JFK"]
    for _ in range(len(tickets)):
        options = out.get(route[-1], [])
        if not options:
            break
        pick = 0
        for i, d in enumerate(options):
            if out.get(d):
                pick = i
                break
        route.append(options.pop(pick))
    return route
