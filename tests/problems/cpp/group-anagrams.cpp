class Solution {
public:
    vector<vector<string>> groupAnagrams(vector<string>& strs) {
        unordered_map<string, int> slot;
        vector<vector<string>> groups;
        for (const string& word : strs) {
            string key = word;
            sort(key.begin(), key.end());
            auto it = slot.find(key);
            if (it == slot.end()) {
                slot.emplace(key, (int)groups.size());
                groups.push_back({word});
            } else {
                groups[it->second].push_back(word);
            }
        }
        return groups;
    }
};
