# verdict: wrong_answer
# cleans the string with re.sub(r"\W", "", ...), but \w counts "_" as a word character, so an
# underscore survives the cleaning and is compared like a letter
import re


def is_palindrome(s):
    cleaned = re.sub(r"\W", "", s).lower()
    return cleaned == cleaned[::-1]
