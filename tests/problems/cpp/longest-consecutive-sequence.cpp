class Solution {
public:
    int longestConsecutive(vector<int>& nums) {
        unordered_set<int> values(nums.begin(), nums.end());
        int best = 0;
        for (int x : values) {
            if (x != INT_MIN && values.count(x - 1)) continue;  // not the start of a run
            long long y = x;
            int run = 0;
            while (values.count((int)y)) {
                ++run;
                if (y == INT_MAX) break;
                ++y;
            }
            best = max(best, run);
        }
        return best;
    }
};
