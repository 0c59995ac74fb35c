import bisect


def last_stone_weight(stones):
    # a sorted list: pop the two largest, put the difference back in its place
    stones = sorted(stones)
    while len(stones) > 1:
        y, x = stones.pop(), stones.pop()
        if y > x:
            bisect.insort(stones, y - x)
    return stones[0] if stones else 0
