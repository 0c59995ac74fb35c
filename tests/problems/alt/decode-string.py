def decode_string(s):
    def parse(i):
        """Decode from s[i] up to the matching ']' (or the end); return (text, index after)."""
        out = []
        while i < len(s) and s[i] != "]":
            if s[i].isdigit():
                j = i
                while s[j].isdigit():
                    j += 1
                times = int(s[i:j])
                inner, i = parse(j + 1)  # s[j] is '['
                out.append(inner * times)
            else:
                out.append(s[i])
                i += 1
        return "".join(out), i + 1

    return parse(0)[0]
