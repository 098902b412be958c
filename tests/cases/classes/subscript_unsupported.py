# Item access on a class without the dunders.
class Plain:
    pass

p = Plain()
for f in (lambda: p[0], lambda: p.__setitem__):
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    p[0] = 1
except TypeError as e:
    print(e)
del p[0]
# expect: TypeError 'Plain' object is not subscriptable
# expect: AttributeError 'Plain' object has no attribute '__setitem__'
# expect: 'Plain' object does not support item assignment
# expect runtime error: TypeError: 'Plain' object doesn't support item deletion
