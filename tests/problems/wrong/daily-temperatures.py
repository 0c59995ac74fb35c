# verdict: too_slow
# scans forward from every day until a warmer one: correct, but O(n^2) when it never gets warmer
def daily_temperatures(temperatures):
    n = len(temperatures)
    answer = [0] * n
    for i in range(n):
        for j in range(i + 1, n):
            if temperatures[j] > temperatures[i]:
                answer[i] = j - i
                break
    return answer
