# verdict: wrong_answer
# Depth-first search with an on-path set, but a course counts as finishable when ANY of its
# prerequisites is (any() where all() belongs): a cycle through one prerequisite is excused by
# another prerequisite that is fine.


def can_finish(num_courses, prerequisites):
    needs = [[] for _ in range(num_courses)]
    for a, b in prerequisites:
        needs[a].append(b)
    done, on_path = set(), set()

    def ok(course):
        if course in done:
            return True
        if course in on_path:
            return False
        on_path.add(course)
        good = not needs[course] or any(ok(p) for p in needs[course])
        on_path.discard(course)
        if good:
            done.add(course)
        return good

    return all(ok(c) for c in range(num_courses))
