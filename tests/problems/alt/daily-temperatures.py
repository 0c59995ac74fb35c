def daily_temperatures(temperatures):
    n = len(temperatures)
    answer = [0] * n
    # next_warmer jumping from the right: follow the chain of answers instead of scanning every day
    for i in range(n - 2, -1, -1):
        j = i + 1
        while j < n and temperatures[j] <= temperatures[i]:
            j = j + answer[j] if answer[j] else n
        answer[i] = j - i if j < n else 0
    return answer
