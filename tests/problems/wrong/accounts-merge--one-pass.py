# verdict: wrong_answer
# Adds each account to the first group it shares an address with, in one pass: an account that
# shares addresses with two earlier groups never joins those two groups together.
def accounts_merge(accounts):
    groups = []  # [name, set of addresses]
    for name, *emails in accounts:
        for group in groups:
            if group[1] & set(emails):
                group[1].update(emails)
                break
        else:
            groups.append([name, set(emails)])
    return [[name, *sorted(emails)] for name, emails in groups]
