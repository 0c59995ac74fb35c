# verdict: wrong_answer
# serializes both trees and looks for one string in the other, but without a separator before
# each value, so the value 2 is found inside 12
def is_subtree(root, sub_root):
    def serial(node):
        if node is None:
            return "#"
        return f"{node.val},{serial(node.left)},{serial(node.right)}"

    return serial(sub_root) in serial(root)
