# An uncaught exception whose message contains colons and quotes.
raise RuntimeError("config: key 'db' missing: use default")
# expect runtime error: RuntimeError: config: key 'db' missing: use default
