# Generator expressions consumed by sum, min and max.
nums = [4, -2, 7, 0]
print(sum(x * x for x in nums), min(abs(x) for x in nums), max(x - 1 for x in nums))
print(sum((x for x in nums), 100))
# expect: 69 0 6
# expect: 109
