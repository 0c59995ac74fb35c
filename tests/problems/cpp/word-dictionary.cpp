class WordDictionary {
    struct Node {
        array<int, 26> next;
        bool word = false;
        Node() { next.fill(-1); }
    };
    vector<Node> nodes{Node()};

    bool match(const string& pattern, size_t i, int at) const {
        if (i == pattern.size()) return nodes[at].word;
        if (pattern[i] != '.') {
            int child = nodes[at].next[pattern[i] - 'a'];
            return child >= 0 && match(pattern, i + 1, child);
        }
        for (int child : nodes[at].next)
            if (child >= 0 && match(pattern, i + 1, child)) return true;
        return false;
    }

public:
    WordDictionary() {}

    void addWord(string word) {
        int at = 0;
        for (char c : word) {
            if (nodes[at].next[c - 'a'] < 0) {
                nodes[at].next[c - 'a'] = nodes.size();
                nodes.emplace_back();
            }
            at = nodes[at].next[c - 'a'];
        }
        nodes[at].word = true;
    }

    bool search(string pattern) { return match(pattern, 0, 0); }
};
