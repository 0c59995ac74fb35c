class Solution {
public:
    int largestRectangleArea(vector<int>& heights) {
        vector<int> stack;  // indices of increasing heights
        long long best = 0;
        int n = heights.size();
        for (int i = 0; i <= n; ++i) {
            int h = i == n ? 0 : heights[i];
            while (!stack.empty() && heights[stack.back()] >= h) {
                long long height = heights[stack.back()];
                stack.pop_back();
                int left = stack.empty() ? -1 : stack.back();
                best = max(best, height * (i - left - 1));
            }
            stack.push_back(i);
        }
        return best;
    }
};
