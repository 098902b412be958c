# The exact integer functions: big ints stay exact.
import math

print(math.factorial(0), math.factorial(20), math.factorial(30), math.factorial(True))
print(len(str(math.factorial(1000))), math.factorial(25) // math.factorial(23))
print(math.gcd(), math.gcd(12, 18), math.gcd(-12, 18, 30), math.gcd(2**100, 6**50), math.gcd(0, 0))
print(math.lcm(), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-3, 4))
print(math.isqrt(0), math.isqrt(99), math.isqrt(10**40), math.isqrt(2**127 - 1))
print(math.comb(5, 2), math.comb(50, 25), math.comb(5, 7), math.comb(100, 0), math.comb(10**20, 2))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(3, 5), math.perm(5, None))
print(math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7), math.trunc(-3.7), math.trunc(3.7))
print(math.floor(10**30), math.floor(1e20), math.ceil(True), math.trunc(7), type(math.floor(2.0)).__name__)
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2], start=2), math.prod(range(1, 30)))
print(math.prod([[1], 2]), math.prod(x for x in [3, 4]))
# expect: 1 2432902008176640000 265252859812191058636308480000000 1
# expect: 2568 600
# expect: 0 6 6 1125899906842624 0
# expect: 1 12 60 0 12
# expect: 0 9 100000000000000000000 13043817825332782212
# expect: 10 126410606437752 0 1 4999999999999999999950000000000000000000
# expect: 120 20 1 0 120
# expect: 3 -4 4 -3 -3 3
# expect: 1000000000000000000000000000000 100000000000000000000 1 7 int
# expect: 24 1 6.0 8841761993739701954543616000000
# expect: [1, 1] 12
