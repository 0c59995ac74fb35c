# verdict: too_slow
# DFS that takes each course's prerequisites first, checking "already taken" with `in order` on
# the result list: right, but every check scans the list, O(V^2) where a set is O(1).
def find_order(num_courses, prerequisites):
    needs = [[] for _ in range(num_courses)]
    for a, b in prerequisites:
        needs[a].append(b)
    order = []
    active = set()

    def take(course):
        if course in order:
            return True
        if course in active:
            return False
        active.add(course)
        for b in needs[course]:
            if not take(b):
                return False
        active.discard(course)
        order.append(course)
        return True

    for course in range(num_courses):
        if not take(course):
            return []
    return order
