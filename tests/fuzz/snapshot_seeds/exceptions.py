# A call inside an except handler, with a chained exception (cause and context) alive.
def fail(n):
    if n:
        raise KeyError(n)
    return 0


try:
    try:
        fail(1)
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as err:
    r = ask(str(err), repr(err.__cause__))
    print(r, err.__context__ is err.__cause__)
