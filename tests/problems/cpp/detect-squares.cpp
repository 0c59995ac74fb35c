class DetectSquares {
    map<pair<int, int>, int> copies;
    unordered_map<int, vector<int>> ysAtX;  // every distinct y stored at each x

public:
    DetectSquares() {}

    void add(vector<int> point) {
        int& n = copies[{point[0], point[1]}];
        if (n++ == 0) ysAtX[point[0]].push_back(point[1]);
    }

    long long count(vector<int> point) {  // counts pass 2^31 on the large inputs
        int x = point[0], y = point[1];
        auto column = ysAtX.find(x);
        if (column == ysAtX.end()) return 0;
        long long total = 0;
        for (int y2 : column->second) {
            int side = y2 - y;
            if (side == 0) continue;
            long long here = copies[{x, y2}];
            for (int x2 : {x + side, x - side}) {
                auto a = copies.find({x2, y});
                auto b = copies.find({x2, y2});
                if (a != copies.end() && b != copies.end()) total += here * a->second * b->second;
            }
        }
        return total;
    }
};
