# range(0, 2**64, 2**62)[-1] is a value.
print(range(0, 2**64, 2**62)[-1], len(range(0, 2**64, 2**62)))
# expect: 13835058055282163712 4
