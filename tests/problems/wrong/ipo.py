# verdict: wrong_answer
# greedy on the wrong key: always starts the CHEAPEST affordable project instead of the most profitable one
def find_maximized_capital(k, w, profits, capital):
    projects = sorted(zip(capital, profits))
    for c, p in projects[:k]:
        if c > w:
            break
        w += p
    return w
