# verdict: wrong_answer
# Backtracking over the sorted tickets with a memo of dead ends keyed by (airport, flights taken
# so far); but which tickets are left is part of the state too, so a later arrival at the same
# airport after the same number of flights, with other tickets left, is wrongly given up.
def find_itinerary(tickets):
    out = {}
    for src, dst in sorted(tickets):
        out.setdefault(src, []).append(dst)
    route = ["JFK"]
    dead = set()

    def dfs(a):
        if len(route) == len(tickets) + 1:
            return True
        if (a, len(route)) in dead:
            return False
        options = out.get(a, [])
        for i in range(len(options)):
            if options[i] is None:
                continue
            b, options[i] = options[i], None
            route.append(b)
            if dfs(b):
                return True
            route.pop()
            options[i] = b
        dead.add((a, len(route)))
        return False

    dfs("JFK")
    return route
