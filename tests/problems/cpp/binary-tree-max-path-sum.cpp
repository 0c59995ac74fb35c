class Solution {
    int best = INT_MIN;

    // the best sum of a path that starts at `node` and goes down
    int down(TreeNode* node) {
        if (!node) return 0;
        int left = max(0, down(node->left));
        int right = max(0, down(node->right));
        best = max(best, node->val + left + right);
        return node->val + max(left, right);
    }

public:
    int maxPathSum(TreeNode* root) {
        best = INT_MIN;
        down(root);
        return best;
    }
};
