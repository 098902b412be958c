# callable() distinguishes functions and types from values.
print(callable(print), callable(str.upper), callable("x".upper), callable(0), callable([]))
# expect: True True True False False
