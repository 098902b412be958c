# Validate a config dict with keyword-only helpers and collected errors.
def require(cfg, key, *, kind, default=None):
    if key not in cfg:
        if default is not None:
            return default
        raise KeyError(key)
    v = cfg[key]
    if not isinstance(v, kind):
        raise TypeError(f"{key}: expected {kind.__name__}, got {type(v).__name__}")
    return v
cfg = {"host": "db", "port": "5432", "retries": 3}
problems = []
for key, kind, default in [("host", str, None), ("port", int, None), ("timeout", float, 1.5), ("user", str, None)]:
    try:
        print(key, "=", require(cfg, key, kind=kind, default=default))
    except (KeyError, TypeError) as e:
        problems.append(f"{type(e).__name__}: {e}")
print("\n".join(problems))
# expect: host = db
# expect: timeout = 1.5
# expect: TypeError: port: expected int, got str
# expect: KeyError: 'user'
