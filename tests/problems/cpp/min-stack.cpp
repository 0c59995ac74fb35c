class MinStack {
    vector<pair<int, int>> items;  // value, minimum of it and everything below

public:
    MinStack() {}

    void push(int val) {
        int low = items.empty() ? val : min(val, items.back().second);
        items.emplace_back(val, low);
    }

    void pop() { items.pop_back(); }

    int top() { return items.back().first; }

    int getMin() { return items.back().second; }
};
