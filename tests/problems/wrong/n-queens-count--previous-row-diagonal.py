# verdict: wrong_answer
# Checks the diagonals only against the queen in the row just above, so two queens further apart
# on one diagonal go unnoticed (right up to 4x4, too many from 5x5 on).
def total_n_queens(n):
    queens = []

    def place(row):
        if row == n:
            return 1
        count = 0
        for c in range(n):
            if c in queens:
                continue
            if queens and abs(queens[-1] - c) == 1:
                continue
            queens.append(c)
            count += place(row + 1)
            queens.pop()
        return count

    return place(0)
