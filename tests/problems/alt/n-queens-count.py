from itertools import permutations


def total_n_queens(n):
    # one queen per row; the permutation gives each row's column, then check the diagonals
    return sum(
        len({r + c for r, c in enumerate(p)}) == n and len({r - c for r, c in enumerate(p)}) == n
        for p in permutations(range(n))
    )
