class Twitter {
    int clock = 0;
    unordered_map<int, vector<pair<int, int>>> posts;  // user -> (time, tweet), oldest first
    unordered_map<int, unordered_set<int>> follows;

public:
    Twitter() {}

    void postTweet(int userId, int tweetId) { posts[userId].emplace_back(clock++, tweetId); }

    vector<int> getNewsFeed(int userId) {
        // a heap of each user's newest unread post: (time, user, index into their posts)
        priority_queue<tuple<int, int, int>> heap;
        auto offer = [&](int user) {
            auto it = posts.find(user);
            if (it != posts.end() && !it->second.empty()) {
                int i = it->second.size() - 1;
                heap.emplace(it->second[i].first, user, i);
            }
        };
        offer(userId);
        for (int other : follows[userId])
            if (other != userId) offer(other);
        vector<int> feed;
        while (!heap.empty() && feed.size() < 10) {
            auto [time, user, i] = heap.top();
            heap.pop();
            const auto& list = posts[user];
            feed.push_back(list[i].second);
            if (i > 0) heap.emplace(list[i - 1].first, user, i - 1);
        }
        return feed;
    }

    void follow(int followerId, int followeeId) { follows[followerId].insert(followeeId); }

    void unfollow(int followerId, int followeeId) { follows[followerId].erase(followeeId); }
};
