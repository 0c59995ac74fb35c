# verdict: wrong_answer
# memoised downhill search that caches "no" for a cell still on the search path, which is wrong
# on flat ground where water can loop back
import sys


def pacific_atlantic(heights):
    sys.setrecursionlimit(10000)
    rows, cols = len(heights), len(heights[0])

    def solver(touches):
        memo = {}

        def reaches(r, c):
            if (r, c) in memo:
                return memo[(r, c)]
            memo[(r, c)] = False  # in progress
            ok = touches(r, c)
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if ok:
                    break
                if 0 <= nr < rows and 0 <= nc < cols and heights[nr][nc] <= heights[r][c]:
                    ok = reaches(nr, nc)
            memo[(r, c)] = ok
            return ok

        return reaches

    pac = solver(lambda r, c: r == 0 or c == 0)
    atl = solver(lambda r, c: r == rows - 1 or c == cols - 1)
    return [[r, c] for r in range(rows) for c in range(cols) if pac(r, c) and atl(r, c)]
