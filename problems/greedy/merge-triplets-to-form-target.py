"""Merge Triplets to Form Target Triplet

You have a list of `triplets`, each a list of three integers, and a `target` triplet `[x, y, z]`.
As often as you like, you may pick two different positions i and j and overwrite triplet j with
the element-wise maximum of triplets i and j:
`triplets[j] = [max(a_i, a_j), max(b_i, b_j), max(c_i, c_j)]`.

Return True if some sequence of such merges can make `target` appear as one of the triplets (it
may already be there), and False otherwise.

Constraints: 1 <= len(triplets) <= 10^5; 1 <= every value, x, y, z <= 1000.

Example: triplets = [[1, 6, 2], [4, 1, 1], [2, 2, 5]], target = [4, 6, 5] -> True   (merge the
first into the second: [4, 6, 2]; then the third into that: [4, 6, 5])

Example: triplets = [[1, 2, 3], [3, 1, 1]], target = [3, 2, 4] -> False   (no triplet has a 4 in
third place, and a merge only ever takes maxima of values already there)

Note that a merge can raise values but never lower them.

Aim for O(n) time.
"""

from hypothesis import strategies as st

TITLE = "Merge Triplets to Form Target Triplet"
CATEGORY = "greedy"
PATTERNS = ["greedy"]
DIFFICULTY = "medium"
FUNCTION = "merge_triplets"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 15


def reference(triplets: list[list[int]], target: list[int]) -> bool:
    # A triplet with any value above the target can never be used: a merge only raises values.
    # All the others can be merged together harmlessly, so the target is reachable exactly when
    # each of its three values is matched, in its own place, by one of those usable triplets.
    found = [False, False, False]
    for t in triplets:
        if all(t[k] <= target[k] for k in range(3)):
            for k in range(3):
                if t[k] == target[k]:
                    found[k] = True
    return all(found)


@st.composite
def _case(draw):
    target = [draw(st.integers(1, 4)) for _ in range(3)]
    # values near the target: exact matches and one-too-large values are both common
    value = st.integers(1, 5)
    triplets = draw(st.lists(st.lists(value, min_size=3, max_size=3), min_size=1, max_size=12))
    return {"triplets": triplets, "target": target}


def inputs():
    return _case()


EXAMPLES = [
    ({"triplets": [[1, 6, 2], [4, 1, 1], [2, 2, 5]], "target": [4, 6, 5]}, True),
    ({"triplets": [[1, 2, 3], [3, 1, 1]], "target": [3, 2, 4]}, False),
    ({"triplets": [[2, 2, 2]], "target": [2, 2, 2]}, True),
    ({"triplets": [[1, 1, 1]], "target": [2, 1, 1]}, False),
    ({"triplets": [[5, 1, 1], [1, 5, 1], [1, 1, 5]], "target": [5, 5, 5]}, True),
    ({"triplets": [[4, 1, 1], [4, 7, 1], [1, 6, 5]], "target": [4, 6, 5]}, True),
    ({"triplets": [[1, 1, 1], [1000, 1, 1], [1, 1000, 1]], "target": [1000, 1000, 1000]}, False),
]


def large(n, rng):
    """n usable triplets strictly below the target, then the three that complete it."""
    x, y, z = 900, 800, 700
    triplets = [
        [rng.randint(1, x - 1), rng.randint(1, y - 1), rng.randint(1, z - 1)] for _ in range(n - 3)
    ]
    triplets += [[x, 1, 1], [1, y, 1], [1, 1, z]]
    return {"triplets": triplets, "target": [x, y, z]}
