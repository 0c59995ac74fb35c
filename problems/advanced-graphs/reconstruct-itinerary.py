"""Reconstruct Itinerary

You are given a traveller's plane `tickets`, each `[from, to]` with three-letter airport codes.
The trip starts at "JFK" and uses every ticket exactly once (a ticket that appears twice is two
tickets). Return the itinerary as the list of airports visited in order. When several itineraries
use all the tickets, return the one that is smallest in lexicographic order when compared airport
by airport (so "JFK", "ATL", ... beats "JFK", "SFO", ...).

Constraints: 1 <= len(tickets) <= 10^5; codes are three uppercase letters; at least one itinerary
from "JFK" uses all the tickets.

Example: tickets = [["JFK", "SFO"], ["JFK", "ATL"], ["SFO", "ATL"], ["ATL", "JFK"], ["ATL", "SFO"]]
    -> ["JFK", "ATL", "JFK", "SFO", "ATL", "SFO"]

Example: tickets = [["JFK", "KUL"], ["JFK", "NRT"], ["NRT", "JFK"]] -> ["JFK", "NRT", "JFK", "KUL"]
    (going to KUL first is smaller but strands the traveller with two unused tickets)
"""

from collections import defaultdict

from hypothesis import strategies as st

TITLE = "Reconstruct Itinerary"
CATEGORY = "advanced-graphs"
PATTERNS = ["eulerian-path", "hierholzer", "graph", "dfs"]
DIFFICULTY = "hard"
FUNCTION = "find_itinerary"
COMPLEXITY = "O(E log E)"
TARGET_MINUTES = 35


def reference(tickets: list[list[str]]) -> list[str]:
    # Hierholzer's algorithm: destinations popped smallest first; an airport is written out once
    # all of its tickets are used, which yields the route backwards
    out = defaultdict(list)
    for src, dst in sorted(tickets, reverse=True):
        out[src].append(dst)
    route, stack = [], ["JFK"]
    while stack:
        if out[stack[-1]]:
            stack.append(out[stack[-1]].pop())
        else:
            route.append(stack.pop())
    return route[::-1]


_AIRPORTS = ["JFK", "ATL", "KUL", "NRT", "SFO"]


@st.composite
def _case(draw):
    # a random walk from JFK guarantees a route using every ticket exists
    airports = _AIRPORTS[: draw(st.integers(2, 5))]
    here, tickets = "JFK", []
    # up to 14 flights: longer walks strand a careless search more often
    for _ in range(draw(st.integers(1, 10) | st.integers(8, 14))):
        there = draw(st.sampled_from([a for a in airports if a != here]))
        tickets.append([here, there])
        here = there
    return {"tickets": draw(st.permutations(tickets))}


def inputs():
    return _case()


EXAMPLES = [
    ({"tickets": [["JFK", "SFO"]]}, ["JFK", "SFO"]),
    ({"tickets": [["JFK", "SFO"], ["JFK", "ATL"], ["SFO", "ATL"], ["ATL", "JFK"], ["ATL", "SFO"]]},
     ["JFK", "ATL", "JFK", "SFO", "ATL", "SFO"]),
    ({"tickets": [["JFK", "KUL"], ["JFK", "NRT"], ["NRT", "JFK"]]}, ["JFK", "NRT", "JFK", "KUL"]),
    ({"tickets": [["MUC", "LHR"], ["JFK", "MUC"], ["SFO", "SJC"], ["LHR", "SFO"]]},
     ["JFK", "MUC", "LHR", "SFO", "SJC"]),
    ({"tickets": [["JFK", "ATL"], ["ATL", "JFK"], ["JFK", "ATL"], ["ATL", "JFK"]]},
     ["JFK", "ATL", "JFK", "ATL", "JFK"]),
    ({"tickets": [["JFK", "AAA"], ["AAA", "JFK"], ["JFK", "BBB"], ["JFK", "CCC"], ["CCC", "JFK"]]},
     ["JFK", "AAA", "JFK", "CCC", "JFK", "BBB"]),
]


def large(n, rng):
    """A random walk of n tickets from JFK over about sqrt(n) airports."""
    airports = ["JFK"]
    while len(airports) < max(3, int(n ** 0.5)):
        code = "".join(chr(65 + rng.randrange(26)) for _ in range(3))
        if code not in airports:
            airports.append(code)
    here, tickets = "JFK", []
    for _ in range(n):
        there = rng.choice(airports)
        while there == here:
            there = rng.choice(airports)
        tickets.append([here, there])
        here = there
    rng.shuffle(tickets)
    return {"tickets": tickets}
