class Solution {
public:
    bool isPalindrome(ListNode* head) {
        ListNode* slow = head;
        ListNode* fast = head;
        while (fast && fast->next) {
            slow = slow->next;
            fast = fast->next->next;
        }
        ListNode* back = nullptr;
        while (slow) {
            ListNode* next = slow->next;
            slow->next = back;
            back = slow;
            slow = next;
        }
        for (ListNode* front = head; back; front = front->next, back = back->next)
            if (front->val != back->val) return false;
        return true;
    }
};
