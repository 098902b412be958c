# == of two lists nested 100000 deep.
a = []
b = []
for i in range(100000):
    a = [a]
    b = [b]
print(a == b)
# expect runtime error: RecursionError: maximum recursion depth exceeded in comparison
