# verdict: wrong_answer
# walks the days backwards keeping the next day of each temperature, then looks through the
# warmer temperatures with range(t + 1, 100), which leaves out 100 itself
def daily_temperatures(temperatures):
    n = len(temperatures)
    next_day = [None] * 101
    answer = [0] * n
    for i in range(n - 1, -1, -1):
        t = temperatures[i]
        days = [next_day[w] for w in range(t + 1, 100) if next_day[w] is not None]
        if days:
            answer[i] = min(days) - i
        next_day[t] = i
    return answer
