# verdict: wrong_answer
# climbs only to strictly higher cells, so water never crosses ground of equal height
from collections import deque


def pacific_atlantic(heights):
    rows, cols = len(heights), len(heights[0])

    def climb(starts):
        reach = set(starts)
        queue = deque(starts)
        while queue:
            r, c = queue.popleft()
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if (0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in reach
                        and heights[nr][nc] > heights[r][c]):
                    reach.add((nr, nc))
                    queue.append((nr, nc))
        return reach

    pacific = climb([(0, c) for c in range(cols)] + [(r, 0) for r in range(rows)])
    atlantic = climb([(rows - 1, c) for c in range(cols)] + [(r, cols - 1) for r in range(rows)])
    return [list(p) for p in pacific & atlantic]
