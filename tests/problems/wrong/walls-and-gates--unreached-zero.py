# verdict: wrong_answer
# computes the distances in a separate table filled with 0 and copies it into every room: a room
# no gate can reach gets 0 (it now looks like a gate) instead of keeping INF
from collections import deque

INF = 2147483647


def walls_and_gates(rooms):
    rows, cols = len(rooms), len(rooms[0])
    dist = [[0] * cols for _ in range(rows)]
    seen = [[rooms[r][c] != INF for c in range(cols)] for r in range(rows)]
    queue = deque((r, c) for r in range(rows) for c in range(cols) if rooms[r][c] == 0)
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and not seen[nr][nc]:
                seen[nr][nc] = True
                dist[nr][nc] = dist[r][c] + 1
                queue.append((nr, nc))
    for r in range(rows):
        for c in range(cols):
            if rooms[r][c] == INF:
                rooms[r][c] = dist[r][c]
