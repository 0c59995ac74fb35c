# verdict: wrong_answer
# greedy: matches each character of text1 with the next occurrence in text2, never reconsidering a match
def longest_common_subsequence(text1, text2):
    count, j = 0, 0
    for ch in text1:
        k = text2.find(ch, j)
        if k != -1:
            count += 1
            j = k + 1
    return count
