# A user exception whose __str__ calls the host: str(e), print(e) and f-strings ask it while the run waits.
# host: explain -> "quota exceeded"
class ToolError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

    def __str__(self):
        return "%s (%s)" % (explain(self.code), self.code)

try:
    raise ToolError(429)
except ToolError as e:
    print(e)
    print("message:", str(e), f"[{e}]", repr(e))
# expect: quota exceeded (429)
# expect: message: quota exceeded (429) [quota exceeded (429)] ToolError(429)
