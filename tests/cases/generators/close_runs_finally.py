# close() raises GeneratorExit where the generator waits: finally blocks run, then it is finished.
def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

it = g()
print(next(it))
print(it.close())
print(list(it))
it.close()

unstarted = g()
unstarted.close()
print(list(unstarted))

def catches():
    try:
        yield 1
    except GeneratorExit:
        print("exiting")
        raise

c = catches()
next(c)
c.close()
print("closed")
# expect: 1
# expect: cleanup
# expect: None
# expect: []
# expect: []
# expect: exiting
# expect: closed
