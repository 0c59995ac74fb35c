# verdict: too_slow
# correct, but keeps the set of every reachable open count: O(n^2) when stars abound
def check_valid_string(s):
    reach = {0}
    for ch in s:
        nxt = set()
        for b in reach:
            if ch in "(*":
                nxt.add(b + 1)
            if ch in ")*" and b > 0:
                nxt.add(b - 1)
            if ch == "*":
                nxt.add(b)
        reach = nxt
        if not reach:
            return False
    return 0 in reach
