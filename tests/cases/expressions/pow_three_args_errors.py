# pow three-arg errors: zero modulus and non-invertible base.
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
pow(2.0, 3, 5)
# expect: pow() 3rd argument cannot be 0
# expect: base is not invertible for the given modulus
# expect runtime error: TypeError: pow() 3rd argument not allowed unless all arguments are integers
