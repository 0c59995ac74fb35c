class Solution {
public:
    vector<int> findOrder(int numCourses, vector<vector<int>>& prerequisites) {
        vector<vector<int>> unlocks(numCourses);
        vector<int> waiting(numCourses, 0);
        for (const auto& p : prerequisites) {
            unlocks[p[1]].push_back(p[0]);
            ++waiting[p[0]];
        }
        vector<int> order;
        for (int c = 0; c < numCourses; ++c)
            if (waiting[c] == 0) order.push_back(c);
        for (size_t i = 0; i < order.size(); ++i)
            for (int next : unlocks[order[i]])
                if (--waiting[next] == 0) order.push_back(next);
        if ((int)order.size() != numCourses) order.clear();
        return order;
    }
};
