# verdict: wrong_answer
# Reads the digits into one integer and checks that its decimal string is a palindrome; leading
# zeros vanish from the integer, so [0, 1, 1] reads as 11 and looks like a palindrome.
def is_palindrome(head):
    number = 0
    while head is not None:
        number = number * 10 + head.val
        head = head.next
    return str(number) == str(number)[::-1]
