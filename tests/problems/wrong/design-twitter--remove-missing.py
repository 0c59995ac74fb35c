# verdict: runtime_error
# Unfollows with set.remove, which raises KeyError when the follower was not following that user.
import heapq


class Twitter:
    def __init__(self):
        self.time = 0
        self.tweets = {}
        self.follows = {}

    def post_tweet(self, user_id, tweet_id):
        self.time += 1
        self.tweets.setdefault(user_id, []).append((self.time, tweet_id))

    def get_news_feed(self, user_id):
        authors = self.follows.get(user_id, set()) | {user_id}
        merged = [p for a in authors for p in self.tweets.get(a, [])]
        return [t for _, t in heapq.nlargest(10, merged)]

    def follow(self, follower_id, followee_id):
        self.follows.setdefault(follower_id, set()).add(followee_id)

    def unfollow(self, follower_id, followee_id):
        self.follows.setdefault(follower_id, set()).remove(followee_id)
