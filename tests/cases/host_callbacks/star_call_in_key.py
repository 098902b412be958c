# A key function that calls with *args, in a program that also calls the host: the key runs wherever the
# builtin calls it (a direct call, or a native frame when it may wait).
# host: tool -> 1
def h(a, b):
    return a * b
xs = [(1, 2), (3, 1), (2, 2)]
print(max(xs, key=lambda p: h(*p)), sorted(xs, key=lambda p: h(*p)))
print(list(map(lambda p: h(*p), xs)), tool())
print(min(xs, key=lambda p: h(*p) + tool()))
# expect: (2, 2) [(1, 2), (3, 1), (2, 2)]
# expect: [2, 3, 4] 1
# expect: (1, 2)
