# += on lists extends in place (aliases see it); on strs and tuples it rebinds.
a = [1]
b = a
a += [2, 3]
print(a, b, a is b)
s = "ab"
t = s
s += "c"
print(s, t)
tup = (1,)
tup += (2,)
print(tup)
d = {"n": 1}
d["n"] += 41
d["n"] //= 2
print(d)
m = [[1, 2], [3]]
m[0][1] *= 10
print(m)
# expect: [1, 2, 3] [1, 2, 3] True
# expect: abc ab
# expect: (1, 2)
# expect: {'n': 21}
# expect: [[1, 20], [3]]
