# Slice bounds are clamped, whatever their size.
print("abc"[2**63:], "abc"[-2**100:2**100], [1, 2, 3][::2**70])
# expect:  abc [1]
