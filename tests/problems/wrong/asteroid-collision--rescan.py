# verdict: too_slow
# Simulates collision by collision, rescanning the row from the left each time for the first
# right-mover directly followed by a left-mover: correct, but O(n^2).
def asteroid_collision(asteroids):
    row = list(asteroids)
    while True:
        for i in range(len(row) - 1):
            if row[i] > 0 > row[i + 1]:
                a, b = row[i], -row[i + 1]
                if a > b:
                    del row[i + 1]
                elif a < b:
                    del row[i]
                else:
                    del row[i : i + 2]
                break
        else:
            return row
