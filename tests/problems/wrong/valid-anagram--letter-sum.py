# verdict: wrong_answer
# Compares the sums of the letter codes: "ad" and "bc" add up the same.
def is_anagram(s, t):
    return len(s) == len(t) and sum(map(ord, s)) == sum(map(ord, t))
