# verdict: too_slow
# Repeatedly scans every course for one whose prerequisites are all taken: right, but each round
# looks at all the courses, O(V^2) where a queue of ready courses is O(V + E).
def find_order(num_courses, prerequisites):
    needs = [0] * num_courses
    unlocks = [[] for _ in range(num_courses)]
    for a, b in prerequisites:
        needs[a] += 1
        unlocks[b].append(a)
    taken = [False] * num_courses
    order = []
    for _ in range(num_courses):
        for course in range(num_courses):
            if not taken[course] and needs[course] == 0:
                taken[course] = True
                order.append(course)
                for nxt in unlocks[course]:
                    needs[nxt] -= 1
                break
        else:
            return []
    return order
