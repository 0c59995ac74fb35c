import itertools


class Twitter:
    def __init__(self):
        self.stamp = itertools.count()
        self.by_user = {}  # user -> [(stamp, tweet)], oldest first
        self.following = {}

    def post_tweet(self, user_id, tweet_id):
        self.by_user.setdefault(user_id, []).append((next(self.stamp), tweet_id))

    def get_news_feed(self, user_id):
        # only each author's last 10 tweets can make the feed: pool them and sort
        authors = self.following.get(user_id, set()) | {user_id}
        pool = [p for a in authors for p in self.by_user.get(a, [])[-10:]]
        pool.sort(reverse=True)
        return [tweet for _, tweet in pool[:10]]

    def follow(self, follower_id, followee_id):
        self.following.setdefault(follower_id, set()).add(followee_id)

    def unfollow(self, follower_id, followee_id):
        self.following.get(follower_id, set()).discard(followee_id)
