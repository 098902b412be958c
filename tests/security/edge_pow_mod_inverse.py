# Modular pow edges.
print(pow(2, -1, 7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
print(pow(2, 3, 0))
# expect: 4
# expect: base is not invertible for the given modulus
# expect runtime error: ValueError: pow() 3rd argument cannot be 0
