# verdict: wrong_answer
# Negates the "usable" test wrongly: skips a triplet only when all three of its values overshoot,
# instead of when any one of them does.
def merge_triplets(triplets, target):
    found = [False, False, False]
    for t in triplets:
        if t[0] > target[0] and t[1] > target[1] and t[2] > target[2]:
            continue
        for k in range(3):
            if t[k] == target[k]:
                found[k] = True
    return all(found)
