def solve_n_queens(n):
    # bitmasks of attacked columns in the current row, shifted one square per row
    full = (1 << n) - 1
    result = []

    def go(cols, left, right, rows):
        if cols == full:
            result.append(rows)
            return
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free ^= bit
            c = bit.bit_length() - 1
            row = "".join("Q" if k == c else "." for k in range(n))
            go(cols | bit, (left | bit) << 1 & full, (right | bit) >> 1, [*rows, row])

    go(0, 0, 0, [])
    return result
