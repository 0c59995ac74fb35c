def convert_to_title(column_number):
    # find the label length first: there are 26^k labels of length k
    length, first = 1, 1  # first column number with labels of this length
    while column_number >= first + 26**length:
        first += 26**length
        length += 1
    offset = column_number - first  # 0-based among the labels of this length
    out = []
    for _ in range(length):
        offset, r = divmod(offset, 26)
        out.append(chr(65 + r))
    return "".join(reversed(out))
