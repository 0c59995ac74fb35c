class Solution {
public:
    void wallsAndGates(vector<vector<int>>& rooms) {
        const int INF = INT_MAX;
        int m = rooms.size(), n = rooms[0].size();
        queue<pair<int, int>> frontier;
        for (int r = 0; r < m; ++r)
            for (int c = 0; c < n; ++c)
                if (rooms[r][c] == 0) frontier.emplace(r, c);
        const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
        while (!frontier.empty()) {
            auto [r, c] = frontier.front();
            frontier.pop();
            for (int d = 0; d < 4; ++d) {
                int nr = r + dr[d], nc = c + dc[d];
                if (nr < 0 || nr >= m || nc < 0 || nc >= n || rooms[nr][nc] != INF) continue;
                rooms[nr][nc] = rooms[r][c] + 1;
                frontier.emplace(nr, nc);
            }
        }
    }
};
