# Ranges whose bounds or length pass 64 bits index, measure and print like CPython's.
r = range(0, 2**64, 2**62)
print(r[-1], r[0], r[3], len(r), list(r), r)
big = range(-2**70, 2**70, 3**20)
print(bool(big), big[0], big[-1], big[10**10], len(big), bool(range(2**64, 2**64)))
print(range(-2**63, 2**63 - 1)[-1], range(-2**63, 2**63)[5], repr(range(True, 2**65)))
x = range(2**64, 2**64 + 3)
print(len(x), x.start, x.stop, x.step, x[1], x[-3])
try:
    len(range(-2**63, 2**63))
except OverflowError as e:
    print("OverflowError:", e)
try:
    x[3]
except IndexError as e:
    print("IndexError:", e)
try:
    range(5)[2**70]
except IndexError as e:
    print("IndexError:", e)
range(2**100)[-1]
# expect: 13835058055282163712 0 13835058055282163712 4 [0, 4611686018427387904, 9223372036854775808, 13835058055282163712] range(0, 18446744073709551616, 4611686018427387904)
# expect: True -1180591620717411303424 1180591620716163803132 -1145723776707411303424 677180740157 False
# expect: 9223372036854775806 -9223372036854775803 range(1, 36893488147419103232)
# expect: 3 18446744073709551616 18446744073709551619 1 18446744073709551617 18446744073709551616
# expect: OverflowError: Python int too large to convert to C ssize_t
# expect: IndexError: range object index out of range
# expect: IndexError: range object index out of range
# expect: 1267650600228229401496703205375
