# any() with a walrus captures the first witness.
nums = [3, 8, 11, 14]
if any((hit := v) > 10 for v in nums):
    print("first over 10:", hit)
# expect: first over 10: 11
