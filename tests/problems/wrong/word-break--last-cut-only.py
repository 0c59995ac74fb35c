# verdict: wrong_answer
# remembers only the most recent cut point, forgetting earlier cuts a longer word could start from
def word_break(s, word_dict):
    words = set(word_dict)
    last = 0
    for i in range(1, len(s) + 1):
        if s[last:i] in words:
            last = i
    return last == len(s)
