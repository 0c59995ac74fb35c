# verdict: wrong_answer
# Checks each new queen's diagonals only against the queens of the last three rows ("a queen
# further up is too far away to matter"): on boards of 5 or more, a diagonal that spans four or
# more rows goes unnoticed and invalid boards are counted.
def total_n_queens(n):
    queens = []

    def ok(row, c):
        for r, qc in enumerate(queens):
            if qc == c:
                return False
            if row - r <= 3 and abs(row - r) == abs(c - qc):
                return False
        return True

    def place(row):
        if row == n:
            return 1
        count = 0
        for c in range(n):
            if ok(row, c):
                queens.append(c)
                count += place(row + 1)
                queens.pop()
        return count

    return place(0)
