# verdict: wrong_answer
# Detects the loop with a `seen` set given as a default argument, def is_happy(n, seen=set()):
# the default is made once, so the numbers met in earlier calls, on happy paths too, still count
# as "already seen", and a later happy number that runs into one of them is called unhappy.
def is_happy(n, seen=set()):
    while True:
        n = sum(int(d) ** 2 for d in str(n))
        if n == 1:
            return True
        if n in seen:
            return False
        seen.add(n)
