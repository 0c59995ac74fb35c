# verdict: too_slow
# correct, but drops the finished interval with `a = a[1:]`, which copies the rest of the list
# every time: O(n^2) instead of O(n + m)
def interval_intersection(first_list, second_list):
    a, b = first_list, second_list
    out = []
    while a and b:
        low, high = max(a[0][0], b[0][0]), min(a[0][1], b[0][1])
        if low <= high:
            out.append([low, high])
        if a[0][1] < b[0][1]:
            a = a[1:]
        else:
            b = b[1:]
    return out
