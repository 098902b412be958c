# A variadic helper that sums numbers and keeps a label keyword.
def total(*nums, label="sum"):
    return label + "=" + str(sum(nums))
print(total())
print(total(1, 2, 3))
print(total(1.5, 2, label="mixed"))
# expect: sum=0
# expect: sum=6
# expect: mixed=3.5
