# verdict: wrong_answer
# checks columns and the "\" diagonals (row - col) but forgets the "/" diagonals (row + col)
def total_n_queens(n):
    cols, diag = set(), set()

    def place(row):
        if row == n:
            return 1
        count = 0
        for c in range(n):
            if c in cols or row - c in diag:
                continue
            cols.add(c)
            diag.add(row - c)
            count += place(row + 1)
            cols.remove(c)
            diag.remove(row - c)
        return count

    return place(0)
