# An agent's tool client: retries on a user exception, records attempts, reports through __str__.
# host: call_tool -> {"status": "error", "reason": "busy"}
class ToolError(Exception):
    def __init__(self, tool, reason):
        super().__init__(f"{tool}: {reason}")
        self.tool = tool
        self.reason = reason

class RetryingClient:
    def __init__(self, max_attempts=3):
        self.max_attempts = max_attempts
        self.attempts = []

    def call(self, tool, **args):
        for n in range(1, self.max_attempts + 1):
            resp = call_tool(tool, args)
            self.attempts.append((tool, n))
            if resp["status"] == "ok":
                return resp
        raise ToolError(tool, resp["reason"])

client = RetryingClient(max_attempts=2)
try:
    client.call("search", q="weather")
except ToolError as e:
    print("gave up:", e, "| reason:", e.reason, "| attempts:", client.attempts)
# expect: gave up: search: busy | reason: busy | attempts: [('search', 1), ('search', 2)]
