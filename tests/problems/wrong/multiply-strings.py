# verdict: wrong_answer
# The (m + n)-cell answer of a non-zero product has at most one leading zero, so it drops just
# one; a zero product keeps the rest: "0" times "45" gives "00".
def multiply(num1, num2):
    m, n = len(num1), len(num2)
    cell = [0] * (m + n)
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            total = cell[i + j + 1] + int(num1[i]) * int(num2[j])
            cell[i + j + 1] = total % 10
            cell[i + j] += total // 10
    text = "".join(map(str, cell))
    if text[0] == "0":
        text = text[1:]
    return text
