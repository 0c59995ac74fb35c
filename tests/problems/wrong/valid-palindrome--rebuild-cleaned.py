# verdict: too_slow
# Right, but rebuilds the cleaned, lower-cased string inside the loop, once for every pair of
# characters it compares: O(n^2) where cleaning once (or two pointers) is O(n).
def is_palindrome(s):
    n = len([ch for ch in s if ch.isalnum()])
    for k in range(n // 2):
        cleaned = [ch.lower() for ch in s if ch.isalnum()]
        if cleaned[k] != cleaned[n - 1 - k]:
            return False
    return True
