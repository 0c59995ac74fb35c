# verdict: wrong_answer
# Rotates each four-cell cycle in place and remembers which cells are done by their VALUES, so
# a cell of a cycle not yet turned is skipped when its value already moved in another cycle.
def rotate(matrix):
    n = len(matrix)
    done = set()
    for i in range(n):
        for j in range(n):
            if matrix[i][j] in done:
                continue
            cells = [(i, j), (n - 1 - j, i), (n - 1 - i, n - 1 - j), (j, n - 1 - i)]
            values = [matrix[r][c] for r, c in cells]
            # the value at cells[k + 1] moves to cells[k] (a quarter turn clockwise)
            for k, (r, c) in enumerate(cells):
                matrix[r][c] = values[(k + 1) % 4]
            done.update(values)
    return matrix
