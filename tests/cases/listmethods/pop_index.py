# pop with an index, negative index, and out of range.
xs = [10, 20, 30, 40]
print(xs.pop(0), xs.pop(-2), xs)
xs.pop(5)
# expect: 10 30 [20, 40]
# expect runtime error: IndexError: pop index out of range
