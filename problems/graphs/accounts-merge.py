"""Accounts Merge

Each entry of `accounts` is a list whose first element is a person's name and whose other
elements are email addresses that belong to that account. Two accounts belong to the same person
when they share at least one email address, directly or through a chain of accounts (if A shares
an address with B and B with C, then A, B and C are one person). Every email address belongs to
only one person, but different people may have the same name.

Merge the accounts of each person and return one list per person: the name first, then every
address of that person once, sorted in ascending (plain string) order. The people may come in
any order.

Constraints: 1 <= len(accounts) <= 1000; 2 <= len(accounts[i]) <= 10; names and addresses are
1 to 30 characters.

Example: accounts = [["Ann", "a1@x", "a2@x"], ["Bo", "b@x"], ["Ann", "a3@x", "a1@x"]]
-> [["Ann", "a1@x", "a2@x", "a3@x"], ["Bo", "b@x"]]   (the two Ann accounts share a1@x)

Example: accounts = [["Cy", "c1@y"], ["Cy", "c1@y", "c2@y"], ["Cy", "c2@y", "c3@y"]]
-> [["Cy", "c1@y", "c2@y", "c3@y"]]   (the first and the last share nothing, but the middle
account links them)

Two accounts with the same name and no address linking them stay apart: they are two people.
"""

from hypothesis import strategies as st

TITLE = "Accounts Merge"
CATEGORY = "graphs"
PATTERNS = ["union-find", "graph", "dfs"]
DIFFICULTY = "medium"
FUNCTION = "accounts_merge"
COMPLEXITY = "O(E log E)"  # E addresses in all; the sorting dominates
TARGET_MINUTES = 30


def reference(accounts: list[list[str]]) -> list[list[str]]:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving
            x = parent[x]
        return x

    owner: dict[str, str] = {}
    for name, *emails in accounts:
        for e in emails:
            parent.setdefault(e, e)
            owner[e] = name
        root = find(emails[0])
        for e in emails[1:]:
            parent[find(e)] = root
    groups: dict[str, list[str]] = {}
    for e in parent:
        groups.setdefault(find(e), []).append(e)
    return [[owner[root], *sorted(members)] for root, members in groups.items()]


def check(kwargs, expected, got) -> bool:
    try:
        return sorted(map(list, got)) == sorted(map(list, expected))
    except TypeError:
        return False


@st.composite
def _case(draw):
    # each address has one owner; some people share a name
    people = draw(st.lists(st.sampled_from(["Ann", "Bo", "Cy"]), min_size=1, max_size=4))
    addresses = {
        p: [f"{people[p].lower()}{k}@{chr(97 + p)}" for k in range(draw(st.integers(1, 4)))]
        for p in range(len(people))
    }
    accounts = []
    for _ in range(draw(st.integers(1, 8))):
        p = draw(st.integers(0, len(people) - 1))
        emails = draw(st.lists(st.sampled_from(addresses[p]), min_size=1, max_size=3, unique=True))
        accounts.append([people[p], *emails])
    return {"accounts": accounts}


def inputs():
    return _case()


EXAMPLES = [
    (
        {"accounts": [["Ann", "a1@x", "a2@x"], ["Bo", "b@x"], ["Ann", "a3@x", "a1@x"]]},
        [["Ann", "a1@x", "a2@x", "a3@x"], ["Bo", "b@x"]],
    ),
    (
        {"accounts": [["Cy", "c1@y"], ["Cy", "c1@y", "c2@y"], ["Cy", "c2@y", "c3@y"]]},
        [["Cy", "c1@y", "c2@y", "c3@y"]],
    ),
    ({"accounts": [["Cy", "c@y"]]}, [["Cy", "c@y"]]),
    ({"accounts": [["Bo", "b@x"], ["Bo", "b@x"]]}, [["Bo", "b@x"]]),
    (
        {"accounts": [["Ann", "d@x", "k@x"], ["Bo", "q@x"], ["Ann", "k@x", "m@x"]]},
        [["Ann", "d@x", "k@x", "m@x"], ["Bo", "q@x"]],
    ),
]


def large(n, rng):
    """About n / 12 accounts of two short addresses each: mostly one account per person, with
    chains of accounts sharing an address now and then."""
    accounts = []
    for i in range(max(1, n // 12)):
        mate = i - 1 if i and rng.random() < 0.2 else i  # share an address with the previous one
        accounts.append(["P", f"e{mate}@", f"f{i}@"])
    return {"accounts": accounts}
