# A bare raise with no active exception is a RuntimeError.
raise
# expect runtime error: RuntimeError: No active exception to reraise
