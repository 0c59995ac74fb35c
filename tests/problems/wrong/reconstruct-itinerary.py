# verdict: wrong_answer
# always flies to the smallest unused destination without backtracking, so it can strand itself early
def find_itinerary(tickets):
    out = {}
    for src, dst in sorted(tickets):
        out.setdefault(src, []).append(dst)
    route = ["JFK"]
    while out.get(route[-1]):
        route.append(out[route[-1]].pop(0))
    return route
