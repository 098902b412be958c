# functools as a module value: its names, WRAPPER_ASSIGNMENTS, an unknown name.
import functools as ft

print(ft.WRAPPER_ASSIGNMENTS, ft.WRAPPER_UPDATES)
print(ft.partial, ft.reduce)
try:
    ft.singledispatch_missing
except AttributeError as e:
    print("AttributeError:", e)
# expect: ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__') ('__dict__',)
# expect: <class 'functools.partial'> <built-in function reduce>
# expect: AttributeError: module 'functools' has no attribute 'singledispatch_missing'
