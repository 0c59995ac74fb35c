# verdict: wrong_answer
# Collides any two neighbours with opposite signs, including a left-mover followed by a
# right-mover, which fly apart and never meet.
def asteroid_collision(asteroids):
    stack = []
    for a in asteroids:
        alive = True
        while alive and stack and (stack[-1] > 0) != (a > 0):
            top = stack[-1]
            if abs(top) <= abs(a):
                stack.pop()
            if abs(top) >= abs(a):
                alive = False
        if alive:
            stack.append(a)
    return stack
