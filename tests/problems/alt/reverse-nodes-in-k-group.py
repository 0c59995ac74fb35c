from drill.kit import to_linked


def reverse_k_group(head, k):
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    out = []
    for i in range(0, len(values), k):
        chunk = values[i:i + k]
        out += chunk[::-1] if len(chunk) == k else chunk
    return to_linked(out)
