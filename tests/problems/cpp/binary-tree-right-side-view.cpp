class Solution {
public:
    vector<int> rightSideView(TreeNode* root) {
        vector<int> view;
        if (!root) return view;
        queue<TreeNode*> level;
        level.push(root);
        while (!level.empty()) {
            int width = level.size();
            for (int i = 0; i < width; ++i) {
                TreeNode* node = level.front();
                level.pop();
                if (i == width - 1) view.push_back(node->val);
                if (node->left) level.push(node->left);
                if (node->right) level.push(node->right);
            }
        }
        return view;
    }
};
