# verdict: too_slow
# correct, but runs a separate breadth-first search from every gate over the whole grid and keeps
# the smallest distance: O(gates * r * c)
from collections import deque


def walls_and_gates(rooms):
    rows, cols = len(rooms), len(rooms[0])
    gates = [(r, c) for r in range(rows) for c in range(cols) if rooms[r][c] == 0]
    for gr, gc in gates:
        seen = {(gr, gc)}
        queue = deque([(gr, gc, 0)])
        while queue:
            r, c, d = queue.popleft()
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if (0 <= nr < rows and 0 <= nc < cols and rooms[nr][nc] > 0
                        and (nr, nc) not in seen):
                    seen.add((nr, nc))
                    rooms[nr][nc] = min(rooms[nr][nc], d + 1)
                    queue.append((nr, nc, d + 1))
