class Solution {
public:
    vector<vector<int>> levelOrder(TreeNode* root) {
        vector<vector<int>> levels;
        vector<TreeNode*> current;
        if (root) current.push_back(root);
        while (!current.empty()) {
            vector<TreeNode*> next;
            levels.emplace_back();
            for (TreeNode* node : current) {
                levels.back().push_back(node->val);
                if (node->left) next.push_back(node->left);
                if (node->right) next.push_back(node->right);
            }
            current.swap(next);
        }
        return levels;
    }
};
