def find_order(num_courses, prerequisites):
    # DFS post-order on "needs" edges: a course is emitted after everything it needs
    needs = [[] for _ in range(num_courses)]
    for a, b in prerequisites:
        needs[a].append(b)
    state = [0] * num_courses  # 0 new, 1 in progress, 2 done
    order = []

    def visit(node):
        if state[node] == 1:
            return False
        if state[node] == 2:
            return True
        state[node] = 1
        for b in needs[node]:
            if not visit(b):
                return False
        state[node] = 2
        order.append(node)
        return True

    for course in range(num_courses):
        if not visit(course):
            return []
    return order
