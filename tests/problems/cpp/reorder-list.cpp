class Solution {
public:
    ListNode* reorderList(ListNode* head) {
        if (!head || !head->next) return head;
        ListNode* slow = head;
        ListNode* fast = head;
        while (fast->next && fast->next->next) {
            slow = slow->next;
            fast = fast->next->next;
        }
        // reverse the second half, then weave it into the first
        ListNode* back = nullptr;
        ListNode* cur = slow->next;
        slow->next = nullptr;
        while (cur) {
            ListNode* next = cur->next;
            cur->next = back;
            back = cur;
            cur = next;
        }
        for (ListNode* front = head; back;) {
            ListNode* frontNext = front->next;
            ListNode* backNext = back->next;
            front->next = back;
            back->next = frontNext;
            front = frontNext;
            back = backNext;
        }
        return head;
    }
};
