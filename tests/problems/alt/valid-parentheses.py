def is_valid(s):
    # Repeatedly delete adjacent matched pairs; balanced strings vanish.
    prev = None
    while prev != s:
        prev = s
        s = s.replace("()", "").replace("[]", "").replace("{}", "")
    return s == ""
