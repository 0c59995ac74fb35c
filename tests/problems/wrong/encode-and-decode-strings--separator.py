# verdict: wrong_answer
# joins with a separator it believes never occurs ("\x00") and reads an empty string as the empty
# list: a string holding "\x00" is split in two, and [""] comes back as []
class Codec:
    def encode(self, strs):
        return "\x00".join(strs)

    def decode(self, s):
        return s.split("\x00") if s else []
