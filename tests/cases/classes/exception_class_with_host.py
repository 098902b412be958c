# A user exception raised after a host answer and caught across a method boundary.
# host: call_api -> {"ok": false, "error": "rate limited", "code": 429}
class ApiError(Exception):
    def __init__(self, code, msg):
        super().__init__(f"{code}: {msg}")
        self.code = code

class Client:
    def get(self, path):
        resp = call_api(path)
        if not resp["ok"]:
            raise ApiError(resp["code"], resp["error"])
        return resp

c = Client()
try:
    c.get("/x")
except ApiError as e:
    print("failed", e, e.code)
c.get("/y")
# expect: failed 429: rate limited 429
# expect runtime error: ApiError: 429: rate limited
