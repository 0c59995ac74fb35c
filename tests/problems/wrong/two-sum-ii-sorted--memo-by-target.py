# verdict: wrong_answer
# Remembers answers in a module-level dict keyed by target alone, as if the target identified
# the question: a later list asked for the same target gets the earlier list's indices.
_answers = {}


def two_sum_sorted(numbers, target):
    if target not in _answers:
        i, j = 0, len(numbers) - 1
        while i < j:
            total = numbers[i] + numbers[j]
            if total == target:
                break
            if total < target:
                i += 1
            else:
                j -= 1
        _answers[target] = [i + 1, j + 1]
    return _answers[target]
