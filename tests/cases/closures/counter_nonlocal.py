# A counter closure using nonlocal keeps independent state per instance.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
a = make_counter()
b = make_counter()
print(a(), a(), a())
print(b())
print(a())
# expect: 1 2 3
# expect: 1
# expect: 4
