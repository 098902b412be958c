# throw(cls) and throw(cls, value) make the exception from the class.
def g():
    try:
        yield 1
    except Exception as e:
        yield type(e).__name__ + ":" + str(e)

it = g()
next(it)
print(it.throw(ValueError, "msg"))
it = g()
next(it)
print(it.throw(RuntimeError))
# expect: ValueError:msg
# expect: RuntimeError:
