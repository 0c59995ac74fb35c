class Solution {
public:
    vector<int> mergeKLists(vector<vector<int>>& lists) {
        using Item = tuple<int, size_t, size_t>;  // value, list, position
        priority_queue<Item, vector<Item>, greater<Item>> heap;
        for (size_t i = 0; i < lists.size(); ++i)
            if (!lists[i].empty()) heap.emplace(lists[i][0], i, 0);
        vector<int> merged;
        while (!heap.empty()) {
            auto [value, i, j] = heap.top();
            heap.pop();
            merged.push_back(value);
            if (j + 1 < lists[i].size()) heap.emplace(lists[i][j + 1], i, j + 1);
        }
        return merged;
    }
};
