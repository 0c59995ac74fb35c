# verdict: wrong_answer
# starts a new province at every city with no road to an earlier city, ignoring indirect links
def find_circle_num(is_connected):
    n = len(is_connected)
    return sum(1 for i in range(n) if not any(is_connected[i][j] for j in range(i)))
