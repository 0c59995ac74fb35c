# verdict: too_slow
# For every course, searches its prerequisites (and theirs) to see whether it comes back to
# itself: right, but a fresh search per course is O(V * (V + E)).
def can_finish(num_courses, prerequisites):
    needs = [[] for _ in range(num_courses)]
    for a, b in prerequisites:
        needs[a].append(b)
    for start in range(num_courses):
        seen = set()
        stack = list(needs[start])
        while stack:
            course = stack.pop()
            if course == start:
                return False
            if course not in seen:
                seen.add(course)
                stack.extend(needs[course])
    return True
