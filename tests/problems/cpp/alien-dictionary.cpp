class Solution {
public:
    string alienOrder(vector<string>& words) {
        array<bool, 26> present{};
        for (const string& w : words)
            for (char c : w) present[c - 'a'] = true;
        array<set<int>, 26> after;
        array<int, 26> indegree{};
        for (size_t i = 0; i + 1 < words.size(); ++i) {
            const string& a = words[i];
            const string& b = words[i + 1];
            size_t k = 0;
            while (k < a.size() && k < b.size() && a[k] == b[k]) ++k;
            if (k == min(a.size(), b.size())) {
                if (a.size() > b.size()) return "";  // a longer word before its own prefix
                continue;
            }
            if (after[a[k] - 'a'].insert(b[k] - 'a').second) ++indegree[b[k] - 'a'];
        }
        string order;
        queue<int> ready;
        for (int c = 0; c < 26; ++c)
            if (present[c] && indegree[c] == 0) ready.push(c);
        while (!ready.empty()) {
            int c = ready.front();
            ready.pop();
            order += char('a' + c);
            for (int d : after[c])
                if (--indegree[d] == 0) ready.push(d);
        }
        int letters = count(present.begin(), present.end(), true);
        return (int)order.size() == letters ? order : "";
    }
};
