# verdict: wrong_answer
# Checks that each target value appears in its place in some triplet, without skipping the
# triplets whose other values overshoot the target.
def merge_triplets(triplets, target):
    return all(any(t[k] == target[k] for t in triplets) for k in range(3))
