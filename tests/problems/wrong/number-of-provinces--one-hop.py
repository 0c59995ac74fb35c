# verdict: wrong_answer
# marks only the direct neighbours of each new province's first city, never their neighbours
def find_circle_num(is_connected):
    n = len(is_connected)
    seen = [False] * n
    provinces = 0
    for start in range(n):
        if seen[start]:
            continue
        provinces += 1
        for other in range(n):
            if is_connected[start][other]:
                seen[other] = True
    return provinces
