# verdict: too_slow
# Repeatedly scans every course for one whose prerequisites are all done: right, but each round
# looks at all the courses, O(V^2) where a queue of ready courses is O(V + E).
def can_finish(num_courses, prerequisites):
    needs = [0] * num_courses
    unlocks = [[] for _ in range(num_courses)]
    for a, b in prerequisites:
        needs[a] += 1
        unlocks[b].append(a)
    done = [False] * num_courses
    for _ in range(num_courses):
        for course in range(num_courses):
            if not done[course] and needs[course] == 0:
                done[course] = True
                for nxt in unlocks[course]:
                    needs[nxt] -= 1
                break
        else:
            return False
    return True
