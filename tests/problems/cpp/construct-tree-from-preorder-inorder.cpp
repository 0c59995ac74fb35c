class Solution {
public:
    TreeNode* buildTree(vector<int>& preorder, vector<int>& inorder) {
        // iterative: a stack of nodes still waiting for their right child
        if (preorder.empty()) return nullptr;
        TreeNode* root = new TreeNode(preorder[0]);
        vector<TreeNode*> stack{root};
        size_t in = 0;
        for (size_t i = 1; i < preorder.size(); ++i) {
            TreeNode* node = stack.back();
            if (node->val != inorder[in]) {
                node->left = new TreeNode(preorder[i]);
                stack.push_back(node->left);
            } else {
                while (!stack.empty() && stack.back()->val == inorder[in]) {
                    node = stack.back();
                    stack.pop_back();
                    ++in;
                }
                node->right = new TreeNode(preorder[i]);
                stack.push_back(node->right);
            }
        }
        return root;
    }
};
