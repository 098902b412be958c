# Catching across a user hierarchy: the first matching clause wins; builtin bases catch too.
class AppError(Exception):
    pass

class NotFound(AppError, LookupError):
    pass

class Denied(AppError):
    pass

def fail(kind):
    if kind == 0:
        raise NotFound("missing")
    if kind == 1:
        raise Denied("no")
    raise KeyError("k")

for k in range(3):
    try:
        fail(k)
    except LookupError as e:
        print("lookup", type(e).__name__, e)
    except AppError as e:
        print("app", type(e).__name__, e)
print(isinstance(NotFound(), KeyError), isinstance(NotFound(), LookupError))
# expect: lookup NotFound missing
# expect: app Denied no
# expect: lookup KeyError 'k'
# expect: False True
