# verdict: wrong_answer
# Stops after Floyd's first phase and returns where the slow and fast walkers meet: that node is
# inside the cycle, but not necessarily at its entrance.
def find_duplicate(nums):
    slow = fast = 0
    while True:
        slow = nums[slow]
        fast = nums[nums[fast]]
        if slow == fast:
            return slow
