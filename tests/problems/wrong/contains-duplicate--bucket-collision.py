# verdict: wrong_answer
# Marks values in a fixed-size table at value % 1024 without handling collisions, so two different
# values that share a slot (5 and 1029) look like a duplicate.
def contains_duplicate(nums):
    seen = [False] * 1024
    for x in nums:
        slot = x % 1024
        if seen[slot]:
            return True
        seen[slot] = True
    return False
