# zip(strict=True) raises ValueError when lengths differ.
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2, 3], [4], strict=True))
except ValueError as e:
    print(e)
list(zip([1], [2, 3], strict=True))
# expect: [(1, 3), (2, 4)]
# expect: zip() argument 2 is shorter than argument 1
# expect runtime error: ValueError: zip() argument 2 is longer than argument 1
