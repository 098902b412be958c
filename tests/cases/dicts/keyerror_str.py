# A missing str key: the message is the repr of the key.
stats = {"ok": 3}
print(stats["ok"])
print(stats["failed"])
# expect: 3
# expect runtime error: KeyError: 'failed'
