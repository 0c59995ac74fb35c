class Solution {
public:
    bool isMatch(string& s, string& p) {
        int m = s.size(), n = p.size();
        // ok[i][j]: s[i:] matches p[j:]
        vector<vector<char>> ok(m + 1, vector<char>(n + 1, false));
        ok[m][n] = true;
        for (int i = m; i >= 0; --i)
            for (int j = n - 1; j >= 0; --j) {
                bool first = i < m && (p[j] == s[i] || p[j] == '.');
                if (j + 1 < n && p[j + 1] == '*') {
                    ok[i][j] = ok[i][j + 2] || (first && ok[i + 1][j]);
                } else {
                    ok[i][j] = first && ok[i + 1][j + 1];
                }
            }
        return ok[0][0];
    }
};
