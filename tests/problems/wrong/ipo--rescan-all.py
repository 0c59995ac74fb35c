# verdict: too_slow
# correct, but looks through every project for the most profitable affordable one in each of the
# k rounds: O(n * k) instead of O(n log n)
def find_maximized_capital(k, w, profits, capital):
    done = [False] * len(profits)
    for _ in range(k):
        best = -1
        for i in range(len(profits)):
            if not done[i] and capital[i] <= w and (best < 0 or profits[i] > profits[best]):
                best = i
        if best < 0:
            break
        done[best] = True
        w += profits[best]
    return w
