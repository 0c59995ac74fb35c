# verdict: wrong_answer
# Takes "most recent" to mean "largest tweet id" and sorts the feed by id, but ids are arbitrary:
# only the order of posting says which tweet is newer.
import heapq


class Twitter:
    def __init__(self):
        self.tweets = {}
        self.follows = {}

    def post_tweet(self, user_id, tweet_id):
        self.tweets.setdefault(user_id, []).append(tweet_id)

    def get_news_feed(self, user_id):
        authors = self.follows.get(user_id, set()) | {user_id}
        ids = [t for a in authors for t in self.tweets.get(a, [])]
        return heapq.nlargest(10, ids)

    def follow(self, follower_id, followee_id):
        self.follows.setdefault(follower_id, set()).add(followee_id)

    def unfollow(self, follower_id, followee_id):
        self.follows.get(follower_id, set()).discard(followee_id)
