# verdict: wrong_answer
# Detects cycles properly, but then lists the courses by how many direct prerequisites they have,
# fewest first, as if that were the depth: a course with one prerequisite can need another such.
def find_order(num_courses, prerequisites):
    needs = [[] for _ in range(num_courses)]
    for a, b in prerequisites:
        needs[a].append(b)
    state = [0] * num_courses  # 0 new, 1 on the path, 2 done

    def cyclic(c):
        state[c] = 1
        for p in needs[c]:
            if state[p] == 1 or (state[p] == 0 and cyclic(p)):
                return True
        state[c] = 2
        return False

    if any(state[c] == 0 and cyclic(c) for c in range(num_courses)):
        return []
    return sorted(range(num_courses), key=lambda c: len(needs[c]))
