"""Word Ladder

A ladder from `begin_word` to `end_word` is a sequence of words that starts with `begin_word`,
ends with `end_word`, and in which each word differs from the one before it in exactly one letter
position. Every word after the first must be in `word_list` (`begin_word` itself need not be).
Return the number of words in the shortest ladder, or 0 when there is none (in particular when
`end_word` is not in `word_list`).

Constraints: 1 <= len(begin_word) <= 10; all words have the same length and hold lowercase
letters; 1 <= len(word_list) <= 10^5; the words of `word_list` are distinct;
begin_word != end_word.

Example: begin_word = "lead", end_word = "gold", word_list = ["load", "goad", "gold", "lend"] -> 4
(lead -> load -> goad -> gold)

Example: begin_word = "ab", end_word = "cd", word_list = ["cd"] -> 0   (two letters differ)
"""

from collections import deque

from hypothesis import strategies as st

TITLE = "Word Ladder"
CATEGORY = "graphs"
PATTERNS = ["graph", "bfs", "string"]
DIFFICULTY = "hard"
FUNCTION = "ladder_length"
COMPLEXITY = "O(n * L^2)"   # n words of length L
TARGET_MINUTES = 30


def reference(begin_word: str, end_word: str, word_list: list[str]) -> int:
    words = set(word_list)
    if end_word not in words:
        return 0
    # words sharing a pattern such as "l*ad" are one letter apart
    buckets: dict[str, list[str]] = {}
    for w in words:
        for i in range(len(w)):
            buckets.setdefault(w[:i] + "*" + w[i + 1 :], []).append(w)
    dist = {begin_word: 1}
    queue = deque([begin_word])
    while queue:
        w = queue.popleft()
        for i in range(len(w)):
            pattern = w[:i] + "*" + w[i + 1 :]
            for nxt in buckets.pop(pattern, ()):  # each bucket is used once
                if nxt not in dist:
                    if nxt == end_word:
                        return dist[w] + 1
                    dist[nxt] = dist[w] + 1
                    queue.append(nxt)
    return 0


@st.composite
def _case(draw):
    length = draw(st.integers(1, 4))
    alphabet = draw(st.sampled_from(["ab", "abc", "abcd"]))
    word = st.text(alphabet=alphabet, min_size=length, max_size=length)
    word_list = draw(st.lists(word, min_size=1, max_size=14, unique=True))
    begin = draw(word)
    if draw(st.integers(0, 4)) == 0:
        end = draw(word.filter(lambda w: w != begin))
    else:
        end = draw(st.sampled_from([w for w in word_list if w != begin] or [begin]))
    return {"begin_word": begin, "end_word": end, "word_list": draw(st.permutations(word_list))}


def inputs():
    return _case().filter(lambda kw: kw["begin_word"] != kw["end_word"])


EXAMPLES = [
    ({"begin_word": "lead", "end_word": "gold", "word_list": ["load", "goad", "gold", "lend"]}, 4),
    ({"begin_word": "ab", "end_word": "cd", "word_list": ["cd"]}, 0),
    ({"begin_word": "cat", "end_word": "bet", "word_list": ["bat", "bet"]}, 3),
    ({"begin_word": "abcd", "end_word": "xycd", "word_list": ["xbcd", "aycd", "xycd"]}, 3),
    ({"begin_word": "dig", "end_word": "dog", "word_list": ["dig", "dog"]}, 2),
    ({"begin_word": "pin", "end_word": "ton", "word_list": ["pan", "tan", "ton", "pen"]}, 4),
]


def large(n, rng):
    """About n six-letter words along a random walk of one-letter changes, with an end word
    nothing can reach, so the whole connected list is searched."""
    word = [rng.choice("abcdefgh") for _ in range(6)]
    begin = "".join(word)
    seen = {begin}
    words = []
    while len(words) < n:
        word[rng.randrange(6)] = rng.choice("abcdefgh")
        w = "".join(word)
        if w not in seen:
            seen.add(w)
            words.append(w)
    words.append("zzzzzz")
    return {"begin_word": begin, "end_word": "zzzzzz", "word_list": words}
