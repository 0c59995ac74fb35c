# verdict: wrong_answer
# Greedy matching (each letter to its next occurrence in the other string), run both ways round
# and the larger count kept: still never gives up an early match for two later ones.
def longest_common_subsequence(text1, text2):
    def greedy(a, b):
        count, j = 0, 0
        for ch in a:
            k = b.find(ch, j)
            if k != -1:
                count += 1
                j = k + 1
        return count

    return max(greedy(text1, text2), greedy(text2, text1))
