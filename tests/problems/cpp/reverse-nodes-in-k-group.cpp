class Solution {
public:
    ListNode* reverseKGroup(ListNode* head, int k) {
        ListNode dummy(0, head);
        ListNode* before = &dummy;
        for (;;) {
            ListNode* probe = before;
            for (int i = 0; i < k && probe; ++i) probe = probe->next;
            if (!probe) break;  // fewer than k nodes remain
            ListNode* first = before->next;
            ListNode* after = probe->next;
            ListNode* prev = after;
            ListNode* cur = first;
            while (cur != after) {
                ListNode* next = cur->next;
                cur->next = prev;
                prev = cur;
                cur = next;
            }
            before->next = probe;
            before = first;
        }
        return dummy.next;
    }
};
