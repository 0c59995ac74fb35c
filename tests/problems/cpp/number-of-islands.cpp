class Solution {
public:
    int numIslands(vector<vector<char>>& grid) {
        int m = grid.size(), n = grid[0].size(), islands = 0;
        vector<pair<int, int>> stack;
        for (int r0 = 0; r0 < m; ++r0)
            for (int c0 = 0; c0 < n; ++c0) {
                if (grid[r0][c0] != '1') continue;
                ++islands;
                grid[r0][c0] = '0';
                stack.emplace_back(r0, c0);
                while (!stack.empty()) {
                    auto [r, c] = stack.back();
                    stack.pop_back();
                    for (auto [nr, nc] : {pair{r + 1, c}, pair{r - 1, c}, pair{r, c + 1}, pair{r, c - 1}}) {
                        if (nr < 0 || nr >= m || nc < 0 || nc >= n || grid[nr][nc] != '1') continue;
                        grid[nr][nc] = '0';
                        stack.emplace_back(nr, nc);
                    }
                }
            }
        return islands;
    }
};
