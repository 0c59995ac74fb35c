from itertools import product

KEYS = ["", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"]


def letter_combinations(digits):
    # the cartesian product of the keys' letters
    if not digits:
        return []
    return ["".join(p) for p in product(*(KEYS[int(d)] for d in digits))]
