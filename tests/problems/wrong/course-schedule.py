# verdict: wrong_answer
# Asks of each course "does it end up requiring itself?", and skips courses already reached by an
# earlier search to save time; a cycle first reached from a course outside it is never checked.
def can_finish(num_courses, prerequisites):
    needs = [[] for _ in range(num_courses)]
    for a, b in prerequisites:
        needs[a].append(b)
    seen = set()
    for course in range(num_courses):
        if course in seen:
            continue
        reached = set()
        stack = list(needs[course])
        while stack:
            c = stack.pop()
            if c == course:
                return False
            if c not in reached:
                reached.add(c)
                stack.extend(needs[c])
        seen |= reached
    return True
