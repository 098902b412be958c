# NameError messages reached at run time. (A name bound nowhere is a compile error in pith, by design; a
# global that exists but is unbound when read raises NameError at run time, as in CPython.)
def f():
    return later_thing
try:
    f()
except NameError as e:
    print(e)
later_thing = 1
del later_thing
try:
    print(later_thing)
except NameError as e:
    print(e)
# expect: name 'later_thing' is not defined
# expect: name 'later_thing' is not defined
