# verdict: too_slow
# correct, but deletes adjacent pairs "()", "[]", "{}" with str.replace until none is left: one
# pass per nesting level, O(n^2) on deep nesting
def is_valid(s):
    while True:
        shorter = s.replace("()", "").replace("[]", "").replace("{}", "")
        if shorter == s:
            return s == ""
        s = shorter
