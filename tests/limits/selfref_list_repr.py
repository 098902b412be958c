# A list that contains itself prints [...] for the inner reference: no bomb, a normal finish.
# limit: --max-time 2
# expect: [1, 2, [...]]
# expect: [1, 2, [...]]
# expect: 3 True
a = [1, 2]
a.append(a)
print(a)
print(repr(a))
print(len(a), a[2] is a)
