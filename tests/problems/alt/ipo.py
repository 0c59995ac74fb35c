def find_maximized_capital(k, w, profits, capital):
    # exchange argument: each round, the best affordable project is always a safe pick
    done = [False] * len(profits)
    for _ in range(k):
        best = -1
        for i, (p, c) in enumerate(zip(profits, capital)):
            if not done[i] and c <= w and (best < 0 or p > profits[best]):
                best = i
        if best < 0:
            break
        done[best] = True
        w += profits[best]
    return w
