class Solution {
    vector<vector<int>> out;
    vector<int> picked;

    void search(const vector<int>& candidates, size_t from, int left) {
        if (left == 0) {
            out.push_back(picked);
            return;
        }
        for (size_t i = from; i < candidates.size() && candidates[i] <= left; ++i) {
            picked.push_back(candidates[i]);
            search(candidates, i, left - candidates[i]);
            picked.pop_back();
        }
    }

public:
    vector<vector<int>> combinationSum(vector<int>& candidates, int target) {
        sort(candidates.begin(), candidates.end());
        out.clear();
        search(candidates, 0, target);
        return out;
    }
};
