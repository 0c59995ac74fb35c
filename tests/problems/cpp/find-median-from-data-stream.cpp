class MedianFinder {
    priority_queue<int> low;                             // the smaller half, max on top
    priority_queue<int, vector<int>, greater<int>> high;  // the larger half, min on top

public:
    MedianFinder() {}

    void addNum(int num) {
        low.push(num);
        high.push(low.top());
        low.pop();
        if (high.size() > low.size()) {
            low.push(high.top());
            high.pop();
        }
    }

    double findMedian() {
        if (low.size() > high.size()) return low.top();
        return (static_cast<double>(low.top()) + high.top()) / 2.0;
    }
};
