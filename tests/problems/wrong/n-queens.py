# verdict: wrong_answer
# checks the diagonals only against the queen in the row just above, not every earlier row
def solve_n_queens(n):
    result = []
    queens = []

    def place(r):
        if r == n:
            result.append(["." * c + "Q" + "." * (n - c - 1) for c in queens])
            return
        for c in range(n):
            if c in queens:
                continue
            if queens and abs(queens[-1] - c) == 1:
                continue
            queens.append(c)
            place(r + 1)
            queens.pop()

    place(0)
    return result
