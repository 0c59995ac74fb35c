# verdict: too_slow
# a fresh downhill search from every cell: correct, but O((m * n)^2)
def pacific_atlantic(heights):
    rows, cols = len(heights), len(heights[0])
    out = []
    for sr in range(rows):
        for sc in range(cols):
            seen = {(sr, sc)}
            stack = [(sr, sc)]
            pac = atl = False
            while stack and not (pac and atl):
                r, c = stack.pop()
                pac = pac or r == 0 or c == 0
                atl = atl or r == rows - 1 or c == cols - 1
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if (0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen
                            and heights[nr][nc] <= heights[r][c]):
                        seen.add((nr, nc))
                        stack.append((nr, nc))
            if pac and atl:
                out.append([sr, sc])
    return out
