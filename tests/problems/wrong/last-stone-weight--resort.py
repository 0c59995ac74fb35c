# verdict: too_slow
# correct, but sorts the whole list again before every smash: O(n^2) or worse
def last_stone_weight(stones):
    stones = list(stones)
    while len(stones) > 1:
        stones.sort()
        y, x = stones.pop(), stones.pop()
        if y != x:
            stones.append(y - x)
    return stones[0] if stones else 0
