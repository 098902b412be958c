# Extra fields set in __init__, super().__init__(msg), and a __str__ of its own.
class ApiError(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status = status
        self.message = message

    def __str__(self):
        return f"[{self.status}] {self.message}"

try:
    raise ApiError(404, "not found")
except ApiError as e:
    print(e, e.status, e.args, repr(e))
    print(f"error: {e}")
# expect: [404] not found 404 ('not found',) ApiError('not found')
# expect: error: [404] not found
