class Solution {
public:
    ListNode* middleNode(ListNode* head) {
        ListNode* slow = head;
        for (ListNode* fast = head; fast && fast->next; fast = fast->next->next) slow = slow->next;
        return slow;
    }
};
