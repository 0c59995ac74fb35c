# verdict: wrong_answer
# unions by overwriting parent[j] = parent[i] instead of linking the two roots
def find_circle_num(is_connected):
    n = len(is_connected)
    parent = list(range(n))
    for i in range(n):
        for j in range(i + 1, n):
            if is_connected[i][j]:
                parent[j] = parent[i]
    return len(set(parent))
