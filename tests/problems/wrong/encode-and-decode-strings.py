# verdict: wrong_answer
# prefixes each string with its length as a single digit: a string of 10 or more characters
# writes two digits, and the decoder reads only the first
class Codec:
    def encode(self, strs):
        return "".join(str(len(s)) + s for s in strs)

    def decode(self, s):
        out, i = [], 0
        while i < len(s):
            size = int(s[i])
            out.append(s[i + 1 : i + 1 + size])
            i += 1 + size
        return out
