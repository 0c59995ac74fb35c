# verdict: wrong_answer
# Reads the numeral in fixed two-letter chunks, so a subtractive pair starting at an odd position
# (the IV of XIV) is split across two chunks.
PAIRS = {"CM": 900, "CD": 400, "XC": 90, "XL": 40, "IX": 9, "IV": 4}
VALUE = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_to_int(s):
    total = 0
    for i in range(0, len(s), 2):
        chunk = s[i : i + 2]
        if chunk in PAIRS:
            total += PAIRS[chunk]
        else:
            total += sum(VALUE[c] for c in chunk)
    return total
