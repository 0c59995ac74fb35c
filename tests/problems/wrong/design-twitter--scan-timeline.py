# verdict: too_slow
# Keeps one global timeline and walks it from the newest tweet until it has 10 from the right
# authors: correct, but a feed can walk every tweet ever posted by anyone.
class Twitter:
    def __init__(self):
        self.timeline = []
        self.follows = {}

    def post_tweet(self, user_id, tweet_id):
        self.timeline.append((user_id, tweet_id))

    def get_news_feed(self, user_id):
        authors = self.follows.get(user_id, set()) | {user_id}
        feed = []
        for i in range(len(self.timeline) - 1, -1, -1):
            user, tweet = self.timeline[i]
            if user in authors:
                feed.append(tweet)
                if len(feed) == 10:
                    break
        return feed

    def follow(self, follower_id, followee_id):
        self.follows.setdefault(follower_id, set()).add(followee_id)

    def unfollow(self, follower_id, followee_id):
        self.follows.get(follower_id, set()).discard(followee_id)
