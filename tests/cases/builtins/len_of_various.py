# len on all sized builtins; len of an int is a TypeError.
print(len("héllo"), len(b"ab"), len([1]), len(()), len({1: 2}), len({1}), len(range(0, 10, 3)), len(frozenset()))
len(5)
# expect: 5 2 1 0 1 1 4 0
# expect runtime error: TypeError: object of type 'int' has no len()
