# verdict: wrong_answer
# computes each key's letters as three in a row from "a", which breaks at 7 (pqrs) and after it
def letter_combinations(digits):
    if not digits:
        return []
    words = [""]
    for d in digits:
        start = ord("a") + 3 * (int(d) - 2)
        letters = [chr(start + k) for k in range(3)]
        words = [w + c for w in words for c in letters]
    return words
