class Solution {
    array<int, 9> rows{}, cols{}, boxes{};  // bit d set: digit d+1 used
    vector<pair<int, int>> empty;

    bool fill(vector<vector<char>>& board, size_t k) {
        if (k == empty.size()) return true;
        // pick the empty cell with the fewest candidates
        size_t best = k;
        int bestCount = 10;
        for (size_t i = k; i < empty.size(); ++i) {
            auto [r, c] = empty[i];
            int free = __builtin_popcount(~(rows[r] | cols[c] | boxes[r / 3 * 3 + c / 3]) & 0x1FF);
            if (free < bestCount) {
                bestCount = free;
                best = i;
            }
        }
        swap(empty[k], empty[best]);
        auto [r, c] = empty[k];
        int b = r / 3 * 3 + c / 3;
        int options = ~(rows[r] | cols[c] | boxes[b]) & 0x1FF;
        while (options) {
            int bit = options & -options;
            options ^= bit;
            rows[r] |= bit, cols[c] |= bit, boxes[b] |= bit;
            board[r][c] = char('1' + __builtin_ctz(bit));
            if (fill(board, k + 1)) return true;
            rows[r] ^= bit, cols[c] ^= bit, boxes[b] ^= bit;
        }
        board[r][c] = '.';
        swap(empty[k], empty[best]);
        return false;
    }

public:
    void solveSudoku(vector<vector<char>>& board) {
        rows.fill(0), cols.fill(0), boxes.fill(0);
        empty.clear();
        for (int r = 0; r < 9; ++r)
            for (int c = 0; c < 9; ++c) {
                if (board[r][c] == '.') {
                    empty.emplace_back(r, c);
                    continue;
                }
                int bit = 1 << (board[r][c] - '1');
                rows[r] |= bit, cols[c] |= bit, boxes[r / 3 * 3 + c / 3] |= bit;
            }
        fill(board, 0);
    }
};
