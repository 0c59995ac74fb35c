class TimeMap {
    unordered_map<string, vector<pair<int, string>>> history;

public:
    TimeMap() {}

    void set(string key, string value, int timestamp) {
        history[key].emplace_back(timestamp, value);
    }

    string get(string key, int timestamp) {
        auto it = history.find(key);
        if (it == history.end()) return "";
        const auto& values = it->second;
        auto after = upper_bound(values.begin(), values.end(), timestamp,
                                 [](int t, const pair<int, string>& v) { return t < v.first; });
        return after == values.begin() ? "" : prev(after)->second;
    }
};
