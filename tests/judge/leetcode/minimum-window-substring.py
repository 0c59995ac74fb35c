class Solution:
    def minWindow(self, s: str, t: str) -> str:
        if not t:
            return ""
        need = Counter(t)
        have = defaultdict(int)
        required, formed = len(need), 0
        best_len, best_l = inf, 0
        l = 0
        for r, ch in enumerate(s):
            have[ch] += 1
            if ch in need and have[ch] == need[ch]:
                formed += 1
            while formed == required:
                if r - l + 1 < best_len:
                    best_len, best_l = r - l + 1, l
                have[s[l]] -= 1
                if s[l] in need and have[s[l]] < need[s[l]]:
                    formed -= 1
                l += 1
        return "" if best_len == inf else s[best_l:best_l + best_len]
