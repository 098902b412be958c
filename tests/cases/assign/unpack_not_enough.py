# Unpacking too few values.
record = ("id-1", "ok")
rid, status, detail = record
# expect runtime error: ValueError: not enough values to unpack (expected 3, got 2)
