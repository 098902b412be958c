# A final expression whose value is None prints nothing.
result = None
print("start")
result
# expect: start
