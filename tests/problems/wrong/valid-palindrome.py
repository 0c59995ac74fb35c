# verdict: wrong_answer
# Cleans the string by deleting the punctuation it thought of (space , . ' ! ?) instead of
# keeping what isalnum() accepts: a ':', '-' or '_' stays in and is compared like a letter.
def is_palindrome(s):
    cleaned = [ch.lower() for ch in s if ch not in " ,.'!?"]
    return cleaned == cleaned[::-1]
