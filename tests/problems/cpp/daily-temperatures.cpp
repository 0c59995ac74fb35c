class Solution {
public:
    vector<int> dailyTemperatures(vector<int>& temperatures) {
        int n = temperatures.size();
        vector<int> wait(n, 0), stack;
        for (int i = 0; i < n; ++i) {
            while (!stack.empty() && temperatures[stack.back()] < temperatures[i]) {
                wait[stack.back()] = i - stack.back();
                stack.pop_back();
            }
            stack.push_back(i);
        }
        return wait;
    }
};
