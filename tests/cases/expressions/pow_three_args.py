# pow with a modulus, including negative exponent (modular inverse).
print(pow(3, 4, 5), pow(2, 100, 1000000007), pow(-3, 3, 7))
print(pow(3, -1, 7), pow(38, -1, 97))
print(pow(5, 0, 1))
# expect: 1 976371285 1
# expect: 5 23
# expect: 0
