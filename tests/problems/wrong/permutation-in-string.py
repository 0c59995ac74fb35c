# verdict: wrong_answer
# compares the SETS of letters in each window, ignoring how many times each letter occurs
def check_inclusion(s1, s2):
    m = len(s1)
    return any(set(s2[i:i + m]) == set(s1) for i in range(len(s2) - m + 1))
