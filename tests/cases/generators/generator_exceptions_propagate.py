# An exception in a generator's body reaches its consumer; the generator is then finished.
def g():
    yield 1
    raise ValueError("inside")

it = g()
try:
    for x in it:
        print(x)
except ValueError as e:
    print("caught", e)
print(list(it))

def guarded():
    try:
        yield 1
        yield 1 // 0
    except ZeroDivisionError:
        yield "handled in generator"

print(list(guarded()))
# expect: 1
# expect: caught inside
# expect: []
# expect: [1, 'handled in generator']
