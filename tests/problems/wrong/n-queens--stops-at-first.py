# verdict: wrong_answer
# reuses find-one-solution code: below the first row, a branch returns as soon as it finds a board
def solve_n_queens(n):
    result = []
    queens = []

    def safe(r, c):
        return all(qc != c and abs(r - qr) != abs(c - qc) for qr, qc in enumerate(queens))

    def place(r):
        if r == n:
            result.append(["." * c + "Q" + "." * (n - c - 1) for c in queens])
            return True
        for c in range(n):
            if not safe(r, c):
                continue
            queens.append(c)
            found = place(r + 1)
            queens.pop()
            if found and r > 0:
                return True
        return False

    place(0)
    return result
