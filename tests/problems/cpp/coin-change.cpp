class Solution {
public:
    int coinChange(vector<int>& coins, int amount) {
        const int NONE = INT_MAX;
        vector<int> fewest(amount + 1, NONE);
        fewest[0] = 0;
        for (int a = 1; a <= amount; ++a)
            for (int coin : coins)
                if (coin <= a && fewest[a - coin] != NONE)
                    fewest[a] = min(fewest[a], fewest[a - coin] + 1);
        return fewest[amount] == NONE ? -1 : fewest[amount];
    }
};
