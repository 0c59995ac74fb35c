# verdict: wrong_answer
# Groups the accounts by name, so two different people who happen to share a name are merged.
def accounts_merge(accounts):
    by_name = {}
    for name, *emails in accounts:
        by_name.setdefault(name, set()).update(emails)
    return [[name, *sorted(emails)] for name, emails in by_name.items()]
