# verdict: wrong_answer
# Keeps each user's followees in a list, so following someone twice lists them twice and their
# tweets show up twice in the feed.
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
        authors = [user_id] + self.follows.get(user_id, [])
        merged = [p for a in authors for p in self.tweets.get(a, [])]
        return [t for _, t in heapq.nlargest(10, merged)]

    def follow(self, follower_id, followee_id):
        self.follows.setdefault(follower_id, []).append(followee_id)

    def unfollow(self, follower_id, followee_id):
        if followee_id in self.follows.get(follower_id, []):
            self.follows[follower_id].remove(followee_id)
