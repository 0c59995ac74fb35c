def interval_intersection(first_list, second_list):
    out = []
    for a, b in first_list:
        for c, d in second_list:
            if max(a, c) <= min(b, d):
                out.append([max(a, c), min(b, d)])
    return sorted(out)
