# Recursive factorial producing big ints.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
print(fact(20))
print(fact(21))
print(fact(50))
print(fact(100) // fact(98))
# expect: 2432902008176640000
# expect: 51090942171709440000
# expect: 30414093201713378043612608166064768844377641568960512000000000000
# expect: 9900
