# verdict: wrong_answer
# Returns "0" early when num1 is zero, but strips the leading zeros of every other result with
# no fallback, so a zero num2 gives the empty string.
def multiply(num1, num2):
    if num1 == "0":
        return "0"
    m, n = len(num1), len(num2)
    pos = [0] * (m + n)
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            mul = int(num1[i]) * int(num2[j]) + pos[i + j + 1]
            pos[i + j] += mul // 10
            pos[i + j + 1] = mul % 10
    return "".join(map(str, pos)).lstrip("0")
