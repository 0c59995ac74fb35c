# verdict: wrong_answer
# Counts how many letters the label needs with a strict comparison, so the first label of each
# length (27 = "AA", 703 = "AAA", ...) is taken for the last one of the shorter length.
def convert_to_title(column_number):
    length, first = 1, 1
    while column_number > first + 26**length:
        first += 26**length
        length += 1
    offset = column_number - first
    out = []
    for _ in range(length):
        offset, r = divmod(offset, 26)
        out.append(chr(65 + r))
    return "".join(reversed(out))
