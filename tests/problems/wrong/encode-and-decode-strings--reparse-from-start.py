# verdict: too_slow
# correct, but to read the k-th string the decoder walks over the k strings before it again,
# from the start of the encoding: O(k^2) header parses for k strings
class Codec:
    def encode(self, strs):
        return "".join(f"{len(x)}#{x}" for x in strs)

    def decode(self, s):
        out = []
        while True:
            i = 0
            for _ in range(len(out)):
                j = s.index("#", i)
                i = j + 1 + int(s[i:j])
            if i >= len(s):
                return out
            j = s.index("#", i)
            size = int(s[i:j])
            out.append(s[j + 1 : j + 1 + size])
