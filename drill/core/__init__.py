"""drill's pure core: scheduling, parsing and judging rules with no I/O, UI, database or clock."""
