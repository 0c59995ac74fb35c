# verdict: wrong_answer
# Rejects the input only when two courses require each other, then orders the courses by a
# depth-first search with a plain visited set: a cycle of three or more courses goes unnoticed
# and an order that breaks it is returned instead of [].


def find_order(num_courses, prerequisites):
    pairs = {(a, b) for a, b in prerequisites}
    if any((b, a) in pairs for a, b in pairs):
        return []
    needs = [[] for _ in range(num_courses)]
    for a, b in prerequisites:
        needs[a].append(b)
    seen, order = set(), []

    def visit(course):
        seen.add(course)
        for p in needs[course]:
            if p not in seen:
                visit(p)
        order.append(course)

    for c in range(num_courses):
        if c not in seen:
            visit(c)
    return order
