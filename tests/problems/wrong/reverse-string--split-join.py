# verdict: wrong_answer
# reverses through a spaced-out string and split(): every space character disappears
def reverse_string(s):
    s[:] = " ".join(s)[::-1].split()
