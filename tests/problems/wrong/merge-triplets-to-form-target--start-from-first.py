# verdict: wrong_answer
# Starts the running maximum from the first triplet without checking that it is usable, so an
# overshooting first triplet poisons the merge.
def merge_triplets(triplets, target):
    best = list(triplets[0])
    for a, b, c in triplets[1:]:
        if a <= target[0] and b <= target[1] and c <= target[2]:
            best = [max(best[0], a), max(best[1], b), max(best[2], c)]
    return best == list(target)
