# An exception class with its own __init__ that does not call super().__init__ keeps the call's args.
class RetryError(Exception):
    def __init__(self, attempts):
        self.attempts = attempts

e = RetryError(3)
print(e.args, e.attempts, str(e), repr(e))
# expect: (3,) 3 3 RetryError(3)
