# Class-level fields of exception classes, inherited and overridden.
class HttpError(Exception):
    status = 500

    def describe(self):
        return f"{self.status}: {self}"

class NotFound(HttpError):
    status = 404

errs = [HttpError("boom"), NotFound("gone")]
for e in errs:
    print(e.describe(), e.status, isinstance(e, HttpError))
try:
    raise errs[1]
except HttpError as e:
    print("handled", type(e).__name__, e.args)
# expect: 500: boom 500 True
# expect: 404: gone 404 True
# expect: handled NotFound ('gone',)
