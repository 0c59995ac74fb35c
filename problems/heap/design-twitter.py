"""Design Twitter

Design a class `Twitter`, a tiny social network where users post tweets, follow each other and
read a feed:

- `Twitter()` starts with no users, tweets or follows.
- `post_tweet(user_id, tweet_id)` records that `user_id` posted a new tweet with id `tweet_id`.
  Tweet ids are unique but arbitrary: a later tweet may have a smaller id. Returns nothing.
- `get_news_feed(user_id)` returns the ids of the 10 most recently posted tweets among those
  posted by `user_id` and by the users `user_id` currently follows, newest first (fewer than 10
  if there are not that many).
- `follow(follower_id, followee_id)` makes the follower follow the followee. Following someone
  you already follow changes nothing. Returns nothing.
- `unfollow(follower_id, followee_id)` stops the follow. Unfollowing someone you do not follow
  changes nothing. Returns nothing.

A user never follows or unfollows themselves. Aim for a feed that costs O(f log f) for a user
following f others, whatever the number of tweets stored.

Constraints: 1 <= user_id, follower_id, followee_id <= 500; 0 <= tweet_id <= 10^4; at most
3 * 10^4 calls in total.

Example: post_tweet(1, 7); follow(1, 2); post_tweet(2, 40); get_news_feed(1) -> [40, 7];
unfollow(1, 2); get_news_feed(1) -> [7]; get_news_feed(2) -> [40]
"""

import heapq
from collections import defaultdict

from hypothesis import strategies as st

TITLE = "Design Twitter"
CATEGORY = "heap"
PATTERNS = ["k-way-merge", "design", "hashing"]
DIFFICULTY = "medium"
FUNCTION = "Twitter"
COMPLEXITY = "O(n log n)"  # n calls; a feed merges the followed users' newest tweets with a heap
TARGET_MINUTES = 35

FEED_SIZE = 10


class Twitter:
    def __init__(self) -> None:
        self.clock = 0
        self.tweets: defaultdict[int, list[tuple[int, int]]] = defaultdict(list)  # (time, id)
        self.follows: defaultdict[int, set[int]] = defaultdict(set)

    def post_tweet(self, user_id: int, tweet_id: int) -> None:
        self.clock += 1
        self.tweets[user_id].append((self.clock, tweet_id))

    def get_news_feed(self, user_id: int) -> list[int]:
        # k-way merge of each author's tweet list, read from its newest end
        heap = []
        for author in self.follows[user_id] | {user_id}:
            posted = self.tweets.get(author)
            if posted:
                time, tweet = posted[-1]
                heap.append((-time, tweet, author, len(posted) - 1))
        heapq.heapify(heap)
        feed: list[int] = []
        while heap and len(feed) < FEED_SIZE:
            _, tweet, author, i = heapq.heappop(heap)
            feed.append(tweet)
            if i > 0:
                time, older = self.tweets[author][i - 1]
                heapq.heappush(heap, (-time, older, author, i - 1))
        return feed

    def follow(self, follower_id: int, followee_id: int) -> None:
        self.follows[follower_id].add(followee_id)

    def unfollow(self, follower_id: int, followee_id: int) -> None:
        self.follows[follower_id].discard(followee_id)


reference = Twitter


@st.composite
def _case(draw):
    users = st.integers(1, 4)
    # unique ids in no particular order: "newest" must come from the posting order
    ids = iter(draw(st.permutations(range(60))))
    ops = []
    for _ in range(draw(st.integers(1, 45))):
        kind = draw(st.sampled_from(["post", "post", "post", "feed", "feed", "follow", "unfollow"]))
        if kind == "post":
            ops.append(["post_tweet", [draw(users), next(ids)]])
        elif kind == "feed":
            ops.append(["get_news_feed", [draw(users)]])
        else:
            a = draw(users)
            b = draw(users.filter(lambda u, a=a: u != a))
            ops.append(["follow" if kind == "follow" else "unfollow", [a, b]])
    return {"init": {}, "ops": ops}


def inputs():
    return _case()


EXAMPLES = [
    (
        {
            "init": {},
            "ops": [
                ["post_tweet", [1, 7]],
                ["follow", [1, 2]],
                ["post_tweet", [2, 40]],
                ["get_news_feed", [1]],
                ["unfollow", [1, 2]],
                ["get_news_feed", [1]],
                ["get_news_feed", [2]],
            ],
        },
        [None, None, None, [40, 7], None, [7], [40]],
    ),
    ({"init": {}, "ops": [["get_news_feed", [3]]]}, [[]]),
    (
        {"init": {}, "ops": [["post_tweet", [5, i]] for i in range(12)] + [["get_news_feed", [5]]]},
        [None] * 12 + [[11, 10, 9, 8, 7, 6, 5, 4, 3, 2]],
    ),
    (
        {
            "init": {},
            "ops": [
                ["post_tweet", [1, 1]],
                ["post_tweet", [2, 2]],
                ["post_tweet", [3, 3]],
                ["follow", [1, 3]],
                ["get_news_feed", [1]],
                ["follow", [1, 2]],
                ["get_news_feed", [1]],
                ["get_news_feed", [3]],
                ["post_tweet", [1, 4]],
                ["get_news_feed", [1]],
            ],
        },
        [None, None, None, None, [3, 1], None, [3, 2, 1], [3], None, [4, 3, 2, 1]],
    ),
]


def large(n, rng):
    """User 1 follows user 2, who posted once at the start; then a flood of other users' tweets;
    then user 1 reads the feed over and over."""
    ops = [["post_tweet", [2, 0]], ["follow", [1, 2]], ["follow", [1, 3]]]
    flood = n // 2
    ops += [["post_tweet", [rng.randint(4, 500), i + 1]] for i in range(flood)]
    ops += [["get_news_feed", [1]] for _ in range(n - len(ops))]
    return {"init": {}, "ops": ops}
