# verdict: wrong_answer
# squares only the last three digits, reasoning that after one step every value is below 1000;
# but the starting number itself can have up to ten digits
def is_happy(n):
    def step(m):
        return (m // 100 % 10) ** 2 + (m // 10 % 10) ** 2 + (m % 10) ** 2

    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = step(n)
    return n == 1
