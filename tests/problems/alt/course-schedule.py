def can_finish(num_courses, prerequisites):
    # iterative three-colour DFS: a back edge to a grey node is a cycle
    needs = [[] for _ in range(num_courses)]
    for a, b in prerequisites:
        needs[a].append(b)
    color = [0] * num_courses  # 0 white, 1 grey, 2 black
    for start in range(num_courses):
        if color[start]:
            continue
        stack = [(start, 0)]
        color[start] = 1
        while stack:
            node, i = stack[-1]
            if i < len(needs[node]):
                stack[-1] = (node, i + 1)
                nxt = needs[node][i]
                if color[nxt] == 1:
                    return False
                if color[nxt] == 0:
                    color[nxt] = 1
                    stack.append((nxt, 0))
            else:
                color[node] = 2
                stack.pop()
    return True
