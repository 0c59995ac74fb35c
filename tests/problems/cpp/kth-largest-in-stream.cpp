class KthLargest {
    size_t k;
    priority_queue<int, vector<int>, greater<int>> top;  // the k largest so far

public:
    KthLargest(int k, const vector<int>& nums) : k(k) {
        for (int x : nums) add(x);
    }

    int add(int val) {
        top.push(val);
        if (top.size() > k) top.pop();
        return top.top();
    }
};
