# verdict: wrong_answer
# iterative in-order that pushes a right child but not the left spine below it
def kth_smallest(root, k):
    stack, node = [], root
    while node is not None:
        stack.append(node)
        node = node.left
    while stack:
        node = stack.pop()
        k -= 1
        if k == 0:
            return node.val
        if node.right is not None:
            stack.append(node.right)
