class Solution {
public:
    int leastInterval(vector<char>& tasks, int n) {
        array<int, 26> count{};
        for (char t : tasks) ++count[t - 'A'];
        int most = *max_element(count.begin(), count.end());
        int tied = std::count(count.begin(), count.end(), most);
        long long frame = (long long)(most - 1) * (n + 1) + tied;
        return max<long long>(frame, tasks.size());
    }
};
