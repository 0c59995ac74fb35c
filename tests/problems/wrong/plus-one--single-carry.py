# verdict: wrong_answer
# Handles a 9 in the last place by carrying into the tens, but only once: a second 9 in the tens
# becomes 10 instead of carrying further ([1, 9, 9] -> [1, 10, 0]).
def plus_one(digits):
    if digits[-1] < 9:
        digits[-1] += 1
        return digits
    digits[-1] = 0
    if len(digits) == 1:
        return [1, 0]
    digits[-2] += 1
    return digits
