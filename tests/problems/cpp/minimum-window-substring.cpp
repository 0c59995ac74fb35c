class Solution {
public:
    string minWindow(string& s, string& t) {
        array<int, 128> need{};
        for (char c : t) ++need[(unsigned char)c];
        int missing = t.size();
        int bestStart = 0, bestLen = INT_MAX;
        for (int lo = 0, hi = 0; hi < (int)s.size(); ++hi) {
            if (need[(unsigned char)s[hi]]-- > 0) --missing;
            while (missing == 0) {
                if (hi - lo + 1 < bestLen) {
                    bestLen = hi - lo + 1;
                    bestStart = lo;
                }
                if (++need[(unsigned char)s[lo++]] > 0) ++missing;
            }
        }
        return bestLen == INT_MAX ? "" : s.substr(bestStart, bestLen);
    }
};
