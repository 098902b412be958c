# filter's predicate consumes the rest of the filter itself, so the filter runs out inside its own call.
f = filter(lambda x: print("inner", list(f)) or True, iter([1, 2, 3]))
print(list(f))
# expect: inner []
# expect: inner [3]
# expect: inner [2]
# expect: [1]
