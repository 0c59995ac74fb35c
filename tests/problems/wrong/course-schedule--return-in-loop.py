# verdict: wrong_answer
# Three-state depth-first search, but `return visit(p)` sits inside the loop over a course's
# prerequisites, so only the first prerequisite of each course is ever followed.


def can_finish(num_courses, prerequisites):
    needs = [[] for _ in range(num_courses)]
    for a, b in prerequisites:
        needs[a].append(b)
    state = [0] * num_courses  # 0 new, 1 on the current path, 2 finished

    def visit(course):
        if state[course] == 1:
            return False
        if state[course] == 2:
            return True
        state[course] = 1
        for p in needs[course]:
            result = visit(p)
            state[course] = 2
            return result
        state[course] = 2
        return True

    return all(visit(c) for c in range(num_courses))
