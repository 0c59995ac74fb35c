# verdict: wrong_answer
# starts from [""] and never special-cases the empty input, so "" returns [""] instead of []
KEYS = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}


def letter_combinations(digits):
    words = [""]
    for d in digits:
        words = [w + c for w in words for c in KEYS[d]]
    return words
