# A for loop over a range whose bounds are past 64 bits counts with a range iterator instead of small-int
# counters, as CPython does (no OverflowError); break and else behave as for any loop.
for i in range(2**64, 2**64 + 2):
    print(i)
for i in range(10**20):
    if i == 2:
        break
    print(i)
for i in range(2**63, 2**63 + 1):
    pass
else:
    print("else", i)
for i in range(2**64, 2**64):
    print("never")
print(sum(1 for _ in range(3)))
# expect: 18446744073709551616
# expect: 18446744073709551617
# expect: 0
# expect: 1
# expect: else 9223372036854775808
# expect: 3
