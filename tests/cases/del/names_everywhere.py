# del of locals, globals and closure variables, alone and in lists, then CPython's errors on a later read.
counter = 1
a, b = 2, 3
del counter
del a, b
for name in ["counter", "a", "b"]:
    try:
        print(name, counter if name == "counter" else a if name == "a" else b)
    except NameError:
        pass


def local_then_read():
    total = 10
    del total
    try:
        return total
    except UnboundLocalError as e:
        return str(e)


print(local_then_read())


def cell_deleted():
    value = 1

    def read():
        return value

    del value
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
    try:
        print(value)
    except UnboundLocalError as e:
        print(type(e).__name__, e)


cell_deleted()


def nonlocal_deleted():
    state = "ready"

    def reset():
        nonlocal state
        del state

    reset()
    try:
        print(state)
    except UnboundLocalError as e:
        print(e)
    try:
        reset()
    except NameError as e:
        print(e)


nonlocal_deleted()

x, y = 1, 2
del (x, y)
p, q = 3, 4
del [p, q]
try:
    print(x)
except NameError as e:
    print(e)
# expect: cannot access local variable 'total' where it is not associated with a value
# expect: NameError cannot access free variable 'value' where it is not associated with a value in enclosing scope
# expect: UnboundLocalError cannot access local variable 'value' where it is not associated with a value
# expect: cannot access local variable 'state' where it is not associated with a value
# expect: cannot access free variable 'state' where it is not associated with a value in enclosing scope
# expect: name 'x' is not defined
