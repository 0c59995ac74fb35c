# verdict: wrong_answer
# halves the work by mirroring: tries only the left half of the first row, forgetting the
# middle column when n is odd
def solve_n_queens(n):
    if n == 1:
        return [["Q"]]
    boards = []
    queens = []

    def safe(r, c):
        return all(qc != c and abs(r - qr) != abs(c - qc) for qr, qc in enumerate(queens))

    def place(r):
        if r == n:
            boards.append(list(queens))
            return
        for c in range(n // 2 if r == 0 else n):
            if safe(r, c):
                queens.append(c)
                place(r + 1)
                queens.pop()

    place(0)
    boards += [[n - 1 - c for c in b] for b in boards]
    return [["." * c + "Q" + "." * (n - c - 1) for c in b] for b in boards]
