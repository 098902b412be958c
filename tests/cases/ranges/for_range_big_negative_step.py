# A negative step past 64 bits, and a small start counting down past -2**63.
for i in range(2**65, 0, -2**64):
    print(i)
for i in range(2**64 + 3, 2**64, -1):
    print(i)
for i in range(0, -2**64, -2**63):
    print(i)
# expect: 36893488147419103232
# expect: 18446744073709551616
# expect: 18446744073709551619
# expect: 18446744073709551618
# expect: 18446744073709551617
# expect: 0
# expect: -9223372036854775808
