class Codec:
    """Escape '/' as '//' and end every string with '/e'."""

    def encode(self, strs):
        return "".join(s.replace("/", "//") + "/e" for s in strs)

    def decode(self, s):
        out, cur, i = [], [], 0
        while i < len(s):
            if s[i] == "/":
                if s[i + 1] == "/":
                    cur.append("/")
                else:
                    out.append("".join(cur))
                    cur = []
                i += 2
            else:
                cur.append(s[i])
                i += 1
        return out
