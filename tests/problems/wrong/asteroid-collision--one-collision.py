# verdict: wrong_answer
# Lets each left-mover collide with one right-mover only ("if" where a "while" is needed): after
# destroying it, the left-mover is kept even if more right-movers wait behind.
def asteroid_collision(asteroids):
    stack = []
    for a in asteroids:
        if a < 0 and stack and stack[-1] > 0:
            top = stack[-1]
            if top < -a:
                stack.pop()
                stack.append(a)
            elif top == -a:
                stack.pop()
        else:
            stack.append(a)
    return stack
