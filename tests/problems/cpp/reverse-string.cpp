class Solution {
public:
    void reverseString(vector<char>& s) {
        if (s.empty()) return;
        for (size_t i = 0, j = s.size() - 1; i < j; ++i, --j) swap(s[i], s[j]);
    }
};
