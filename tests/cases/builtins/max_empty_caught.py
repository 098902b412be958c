# max() of an empty list, caught; max of a dict's values.
try:
    max([])
except ValueError as e:
    print(e)
print(max({"a": 3, "b": 7}.values()), max({"a": 3, "b": 7}))
# expect: max() arg is an empty sequence
# expect: 7 b
