# verdict: wrong_answer
# Counts the first queen in the left half only and doubles it (mirror symmetry), but on an odd
# board forgets the placements whose first queen sits in the middle column.
def total_n_queens(n):
    if n == 1:
        return 1
    cols, diag, anti = set(), set(), set()

    def place(row):
        if row == n:
            return 1
        count = 0
        for c in range(n):
            if c in cols or row - c in diag or row + c in anti:
                continue
            cols.add(c)
            diag.add(row - c)
            anti.add(row + c)
            count += place(row + 1)
            cols.remove(c)
            diag.remove(row - c)
            anti.remove(row + c)
        return count

    total = 0
    for c in range(n // 2):
        cols.add(c)
        diag.add(-c)
        anti.add(c)
        total += 2 * place(1)
        cols.remove(c)
        diag.remove(-c)
        anti.remove(c)
    return total
