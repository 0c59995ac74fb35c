class Solution {
public:
    bool isValidBST(TreeNode* root) {
        // an in-order walk must see strictly increasing values
        vector<TreeNode*> stack;
        TreeNode* node = root;
        bool any = false;
        long long last = 0;
        while (node || !stack.empty()) {
            while (node) {
                stack.push_back(node);
                node = node->left;
            }
            node = stack.back();
            stack.pop_back();
            if (any && node->val <= last) return false;
            any = true;
            last = node->val;
            node = node->right;
        }
        return true;
    }
};
