# return from inside a with in a function that waits on the host: __exit__ runs (and waits) first.
# host: fetch -> {"ok": true, "value": 5}
# host: log -> null
class Logged:
    def __enter__(self):
        log("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        log("exit")
        print("exit", exc_type)

def get(key):
    with Logged():
        r = fetch(key)
        if r["ok"]:
            return r["value"] * 2
        return None

def first_ok(keys):
    for k in keys:
        with Logged():
            if get(k):
                break
    return k

print(get("a"), first_ok(["x", "y"]))
# expect: exit None
# expect: exit None
# expect: exit None
# expect: 10 x
