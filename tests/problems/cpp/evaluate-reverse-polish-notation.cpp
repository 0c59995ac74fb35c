class Solution {
public:
    int evalRPN(vector<string>& tokens) {
        vector<long long> stack;
        for (const string& t : tokens) {
            if (t.size() == 1 && strchr("+-*/", t[0])) {
                long long b = stack.back();
                stack.pop_back();
                long long& a = stack.back();
                switch (t[0]) {
                    case '+': a += b; break;
                    case '-': a -= b; break;
                    case '*': a *= b; break;
                    default: a /= b;  // C++ truncates toward zero, as asked
                }
            } else {
                stack.push_back(stoll(t));
            }
        }
        return stack.back();
    }
};
