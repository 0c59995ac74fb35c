from functools import lru_cache


def num_decodings(s):
    # top-down: try every valid letter code at the front
    codes = {str(k) for k in range(1, 27)}

    @lru_cache(maxsize=None)
    def ways(i):
        if i == len(s):
            return 1
        return sum(ways(i + len(code)) for code in codes if s.startswith(code, i))

    return ways(0)
