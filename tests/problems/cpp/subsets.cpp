class Solution {
public:
    vector<vector<int>> subsets(vector<int>& nums) {
        vector<vector<int>> out{{}};
        for (int x : nums) {
            size_t had = out.size();
            for (size_t i = 0; i < had; ++i) {
                out.push_back(out[i]);
                out.back().push_back(x);
            }
        }
        return out;
    }
};
