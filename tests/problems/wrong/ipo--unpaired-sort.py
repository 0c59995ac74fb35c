# verdict: wrong_answer
# sorts the capital list on its own, so each required capital is paired with the profit of
# whichever project used to sit at that position
import heapq


def find_maximized_capital(k, w, profits, capital):
    capital.sort()
    affordable = []
    i = 0
    for _ in range(k):
        while i < len(capital) and capital[i] <= w:
            heapq.heappush(affordable, -profits[i])
            i += 1
        if not affordable:
            break
        w -= heapq.heappop(affordable)
    return w
