# verdict: wrong_answer
# reverses bin(n) without padding to 32 digits, so the leading zeros never reach the bottom
def reverse_bits(n):
    return int(bin(n)[2:][::-1], 2)
