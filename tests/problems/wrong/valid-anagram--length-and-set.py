# verdict: wrong_answer
# Checks the lengths and the sets of letters: "aab" and "abb" pass both without being anagrams.
def is_anagram(s, t):
    return len(s) == len(t) and set(s) == set(t)
