INF = 2147483647


def walls_and_gates(rooms):
    """Level by level from all gates, with plain lists for the frontier."""
    rows, cols = len(rooms), len(rooms[0])
    frontier = [(r, c) for r in range(rows) for c in range(cols) if rooms[r][c] == 0]
    step = 0
    while frontier:
        step += 1
        nxt = []
        for r, c in frontier:
            for nr, nc in ((r - 1, c), (r, c - 1), (r, c + 1), (r + 1, c)):
                if 0 <= nr < rows and 0 <= nc < cols and rooms[nr][nc] == INF:
                    rooms[nr][nc] = step
                    nxt.append((nr, nc))
        frontier = nxt
