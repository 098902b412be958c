# An import inside a function runs, and fails, only when the function is called.
def load():
    import pith_missing_inner
    return pith_missing_inner
print("defined")
try:
    load()
except ImportError as e:
    print(e)
def ok():
    import json
    return json.loads("2")
print(ok())
# expect: defined
# expect: No module named 'pith_missing_inner'
# expect: 2
