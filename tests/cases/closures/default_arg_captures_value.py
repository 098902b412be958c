# A default argument captures the loop variable's value at def time.
fs = []
for i in range(3):
    def f(i=i):
        return i * 10
    fs.append(f)
print([g() for g in fs])
# expect: [0, 10, 20]
