def hamming_weight(n):
    return bin(n).count("1")
