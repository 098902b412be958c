# Bitwise operators on bools return bool; mixed with int return int.
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(True & 3, False | 4, True << 3)
# expect: False True False bool
# expect: 1 4 8
