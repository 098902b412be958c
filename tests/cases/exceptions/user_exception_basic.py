# A user exception class is raised and caught like a builtin one, and by its bases.
class ToolError(Exception):
    pass

class TimeoutToolError(ToolError):
    pass

try:
    raise TimeoutToolError("took too long")
except ToolError as e:
    print(type(e).__name__, e, e.args, repr(e))
try:
    raise ToolError
except Exception as e:
    print(repr(e), isinstance(e, ToolError), isinstance(e, TimeoutToolError))
print(issubclass(TimeoutToolError, Exception), issubclass(ToolError, BaseException))
# expect: TimeoutToolError took too long ('took too long',) TimeoutToolError('took too long')
# expect: ToolError() True False
# expect: True True
