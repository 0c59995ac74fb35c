# verdict: too_slow
# Fleury-style: at each airport takes the smallest destination from which every unused ticket is
# still reachable. Correct, but each step searches the remaining tickets: O(E^2).
def find_itinerary(tickets):
    out = {}
    for src, dst in sorted(tickets):
        out.setdefault(src, []).append(dst)
    left = len(tickets)

    def reaches_all(start):
        seen, stack, edges = {start}, [start], 0
        while stack:
            a = stack.pop()
            for b in out.get(a, []):
                edges += 1
                if b not in seen:
                    seen.add(b)
                    stack.append(b)
        return edges == left

    route = ["JFK"]
    while left:
        options = out[route[-1]]
        for i in range(len(options)):
            d = options.pop(i)
            left -= 1
            if reaches_all(d):
                route.append(d)
                break
            options.insert(i, d)
            left += 1
    return route
