# The usual fallback: a module pith does not have raises ModuleNotFoundError when the import runs.
try:
    import pith_no_such_fast_json as json
except ImportError:
    import json
print(json.dumps({"ok": True}))
# expect: {"ok": true}
