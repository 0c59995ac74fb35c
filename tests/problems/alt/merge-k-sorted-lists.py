def merge_k_lists(lists):
    # divide and conquer: merge pairs of lists until one is left
    def merge(a, b):
        out, i, j = [], 0, 0
        while i < len(a) and j < len(b):
            if a[i] <= b[j]:
                out.append(a[i])
                i += 1
            else:
                out.append(b[j])
                j += 1
        return out + a[i:] + b[j:]

    lists = list(lists)
    if not lists:
        return []
    while len(lists) > 1:
        lists = [merge(lists[i], lists[i + 1]) if i + 1 < len(lists) else lists[i]
                 for i in range(0, len(lists), 2)]
    return lists[0]
