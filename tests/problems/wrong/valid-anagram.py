# verdict: wrong_answer
# Compares the sets of letters, so how many times each letter appears is ignored.
def is_anagram(s, t):
    return set(s) == set(t)
