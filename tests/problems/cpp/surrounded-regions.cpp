class Solution {
public:
    void solve(vector<vector<char>>& board) {
        int m = board.size(), n = board[0].size();
        vector<pair<int, int>> stack;
        auto keep = [&](int r, int c) {
            if (r >= 0 && r < m && c >= 0 && c < n && board[r][c] == 'O') {
                board[r][c] = '#';  // reaches the edge
                stack.emplace_back(r, c);
            }
        };
        for (int r = 0; r < m; ++r) keep(r, 0), keep(r, n - 1);
        for (int c = 0; c < n; ++c) keep(0, c), keep(m - 1, c);
        while (!stack.empty()) {
            auto [r, c] = stack.back();
            stack.pop_back();
            keep(r + 1, c), keep(r - 1, c), keep(r, c + 1), keep(r, c - 1);
        }
        for (auto& row : board)
            for (char& cell : row) cell = cell == '#' ? 'O' : 'X';
    }
};
