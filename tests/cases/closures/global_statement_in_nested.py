# global inside a nested function rebinds the module variable.
total = 0
def outer():
    def bump(n):
        global total
        total += n
    for v in (1, 2, 3):
        bump(v)
outer()
print(total)
# expect: 6
