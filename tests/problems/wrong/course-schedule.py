# verdict: wrong_answer
# DFS with a single "visited" set: reaching an already finished course (a diamond) is taken for a cycle
def can_finish(num_courses, prerequisites):
    needs = [[] for _ in range(num_courses)]
    for a, b in prerequisites:
        needs[a].append(b)
    visited = set()

    def has_cycle(node):
        if node in visited:
            return True
        visited.add(node)
        return any(has_cycle(nxt) for nxt in needs[node])

    for course in range(num_courses):
        if course not in visited and has_cycle(course):
            return False
    return True
