class NumArray {
    vector<long long> prefix{0};

public:
    NumArray(const vector<int>& nums) {
        for (int x : nums) prefix.push_back(prefix.back() + x);
    }

    int sumRange(int left, int right) { return prefix[right + 1] - prefix[left]; }
};
