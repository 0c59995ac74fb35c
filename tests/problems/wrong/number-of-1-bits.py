# verdict: wrong_answer
# loops over 31 bit positions instead of 32, so the top bit (2^31) is never counted
def hamming_weight(n):
    count = 0
    for i in range(31):
        if n >> i & 1:
            count += 1
    return count
