# verdict: wrong_answer
# Remembers only the most recent unclosed opener instead of a stack: a closer is checked against
# it, but once that opener is closed the ones below it are forgotten, so the next closer is only
# counted, and "[{()]}" passes.
def is_valid(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    depth = {"(": 0, "[": 0, "{": 0}
    last = None
    for ch in s:
        if ch in pairs:
            opener = pairs[ch]
            if depth[opener] == 0 or (last is not None and last != opener):
                return False
            depth[opener] -= 1
            last = None
        else:
            depth[ch] += 1
            last = ch
    return all(v == 0 for v in depth.values())
