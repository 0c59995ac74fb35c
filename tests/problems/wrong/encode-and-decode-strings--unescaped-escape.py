# verdict: wrong_answer
# ends every string with "#" and escapes a "#" inside a string as "\#", but never escapes the
# backslash itself: a string ending in "\" swallows its own terminator
class Codec:
    def encode(self, strs):
        return "".join(s.replace("#", "\\#") + "#" for s in strs)

    def decode(self, s):
        out, cur, i = [], [], 0
        while i < len(s):
            if s[i] == "\\" and i + 1 < len(s) and s[i + 1] == "#":
                cur.append("#")
                i += 2
            elif s[i] == "#":
                out.append("".join(cur))
                cur = []
                i += 1
            else:
                cur.append(s[i])
                i += 1
        return out
