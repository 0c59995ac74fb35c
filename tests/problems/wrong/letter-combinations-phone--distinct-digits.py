# verdict: wrong_answer
# walks sorted(set(digits)), so a repeated digit is used once and the digits lose their order
KEYS = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}


def letter_combinations(digits):
    if not digits:
        return []
    words = [""]
    for d in sorted(set(digits)):
        words = [w + c for w in words for c in KEYS[d]]
    return words
