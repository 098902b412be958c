# Closures created in a loop see the loop variable's final value (late binding).
fs = []
for i in range(3):
    def f():
        return i
    fs.append(f)
print([g() for g in fs])
# expect: [2, 2, 2]
