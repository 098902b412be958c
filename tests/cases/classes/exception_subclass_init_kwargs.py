# An exception class whose __init__ takes keyword arguments.
class ToolFailure(RuntimeError):
    def __init__(self, tool, *, attempt=1):
        super().__init__(f"{tool} failed (attempt {attempt})")
        self.tool = tool
        self.attempt = attempt

try:
    raise ToolFailure("search", attempt=3)
except RuntimeError as e:
    print(e, e.tool, e.attempt, type(e).__name__)
raise ToolFailure("fetch")
# expect: search failed (attempt 3) search 3 ToolFailure
# expect runtime error: ToolFailure: fetch failed (attempt 1)
