class Solution {
public:
    int networkDelayTime(vector<vector<int>>& times, int n, int k) {
        vector<vector<pair<int, int>>> out(n + 1);
        for (const auto& t : times) out[t[0]].emplace_back(t[1], t[2]);
        vector<long long> dist(n + 1, LLONG_MAX);
        using Item = pair<long long, int>;
        priority_queue<Item, vector<Item>, greater<Item>> heap;
        dist[k] = 0;
        heap.emplace(0, k);
        while (!heap.empty()) {
            auto [d, u] = heap.top();
            heap.pop();
            if (d > dist[u]) continue;
            for (auto [v, w] : out[u])
                if (d + w < dist[v]) {
                    dist[v] = d + w;
                    heap.emplace(dist[v], v);
                }
        }
        long long worst = *max_element(dist.begin() + 1, dist.end());
        return worst == LLONG_MAX ? -1 : worst;
    }
};
