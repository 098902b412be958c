# Collecting errors into a list for a summary, the agent-style validation loop.
records = [{"id": 1, "qty": "3"}, {"id": 2}, {"id": 3, "qty": "x"}, {"id": 4, "qty": "-1"}]
errors = []
total = 0
for r in records:
    try:
        q = int(r["qty"])
        if q < 0:
            raise ValueError("negative qty " + str(q))
        total += q
    except (KeyError, ValueError) as e:
        errors.append((r["id"], type(e).__name__, str(e)))
print(total)
for err in errors:
    print(err)
# expect: 3
# expect: (2, 'KeyError', "'qty'")
# expect: (3, 'ValueError', "invalid literal for int() with base 10: 'x'")
# expect: (4, 'ValueError', 'negative qty -1')
