# bool is a subclass of int: arithmetic gives ints.
t = True
f = False
print(t + t, t * 10, f - t, t / 2, -t)
print(t // 1, t % 2, t ** 5, 3 - t)
flags = [True, False, True, True]
print(sum(flags), sum([True, True], 10))
print(type(t + f))
# expect: 2 10 -1 0.5 -1
# expect: 1 1 1 2
# expect: 3 12
# expect: <class 'int'>
