# verdict: wrong_answer
# greedy: always cuts off the longest word that matches, never trying a shorter one
def word_break(s, word_dict):
    i = 0
    while i < len(s):
        match = max((w for w in word_dict if s.startswith(w, i)), key=len, default=None)
        if match is None:
            return False
        i += len(match)
    return True
