# verdict: too_slow
# correct, but moves the last character to position i with pop() and insert(i, ...): each insert
# shifts the rest of the list, O(n^2) in all
def reverse_string(s):
    for i in range(len(s)):
        s.insert(i, s.pop())
