class Solution {
public:
    vector<vector<int>> zigzagLevelOrder(TreeNode* root) {
        vector<vector<int>> levels;
        vector<TreeNode*> current;
        if (root) current.push_back(root);
        bool leftToRight = true;
        while (!current.empty()) {
            vector<int> values;
            vector<TreeNode*> next;
            for (TreeNode* node : current) {
                values.push_back(node->val);
                if (node->left) next.push_back(node->left);
                if (node->right) next.push_back(node->right);
            }
            if (!leftToRight) reverse(values.begin(), values.end());
            levels.push_back(move(values));
            leftToRight = !leftToRight;
            current.swap(next);
        }
        return levels;
    }
};
