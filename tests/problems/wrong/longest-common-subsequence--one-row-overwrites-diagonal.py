# verdict: wrong_answer
# One row updated in place from left to right, so the diagonal value dp[j] read on a match has
# already been overwritten for this row: a letter of text1 can match twice.
def longest_common_subsequence(text1, text2):
    dp = [0] * (len(text2) + 1)
    for ch in text1:
        for j, other in enumerate(text2):
            dp[j + 1] = dp[j] + 1 if ch == other else max(dp[j + 1], dp[j])
    return dp[-1]
