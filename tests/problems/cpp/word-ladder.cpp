class Solution {
public:
    int ladderLength(string& beginWord, string& endWord, vector<string>& wordList) {
        unordered_set<string> unseen(wordList.begin(), wordList.end());
        if (!unseen.count(endWord)) return 0;
        unseen.erase(beginWord);
        queue<string> frontier;
        frontier.push(beginWord);
        for (int steps = 1; !frontier.empty(); ++steps) {
            for (size_t n = frontier.size(); n > 0; --n) {
                string word = frontier.front();
                frontier.pop();
                if (word == endWord) return steps;
                for (size_t i = 0; i < word.size(); ++i) {
                    char keep = word[i];
                    for (char c = 'a'; c <= 'z'; ++c) {
                        if (c == keep) continue;
                        word[i] = c;
                        auto it = unseen.find(word);
                        if (it != unseen.end()) {
                            frontier.push(word);
                            unseen.erase(it);
                        }
                    }
                    word[i] = keep;
                }
            }
        }
        return 0;
    }
};
