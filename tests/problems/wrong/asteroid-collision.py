# verdict: wrong_answer
# On a tie, lets the right-mover survive and only the incoming left-mover explode; equal sizes
# should destroy both.
def asteroid_collision(asteroids):
    stack = []
    for a in asteroids:
        while a < 0 and stack and stack[-1] > 0 and stack[-1] < -a:
            stack.pop()
        if a < 0 and stack and stack[-1] > 0:
            continue  # the left-mover explodes (also, wrongly, on a tie)
        stack.append(a)
    return stack
