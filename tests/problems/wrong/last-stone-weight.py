# verdict: wrong_answer
# sorts once and smashes neighbours in that order, never putting the leftover back in its place
def last_stone_weight(stones):
    stones = sorted(stones)
    while len(stones) > 1:
        y, x = stones.pop(), stones.pop()
        if y != x:
            stones.append(y - x)
    return stones[0] if stones else 0
