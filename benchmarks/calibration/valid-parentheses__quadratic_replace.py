# expect: too_slow
# O(n^2): delete matched adjacent pairs until nothing changes; deep nesting needs n/2 passes.
def is_valid(s):
    prev = None
    while prev != s:
        prev = s
        s = s.replace("()", "").replace("[]", "").replace("{}", "")
    return s == ""
