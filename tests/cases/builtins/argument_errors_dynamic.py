# Argument errors of builtins called with unpacked arguments, so the runtime (not the compiler) checks
# them: the counts come from the builtins table (rt_builtins.h), the keywords from each implementation.
def show(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print("ok")
    except TypeError as e:
        print(e)

show(enumerate, start=1)
show(enumerate, [], x=1)
show(enumerate, start=1, x=[])
show(enumerate, a=1, b=2, c=3)
show(enumerate)
show(enumerate, [], 1, 2)
show(zip, [], x=1)
show(zip, [], strict=True, x=2)
show(round, x=2)
show(round, 1, x=2)
show(round, 1, number=2)
show(round, a=1, b=2, c=3)
show(pow, 1, x=2)
show(pow, 1, 2, base=3)
show(pow, a=1, b=2, c=3, d=4)
show(int, 1, base=2, y=3)
show(int, x=1, base=2, y=3)
show(int, x=2)
show(str, 1, object=2)
show(str, a=1, b=2, c=3, d=4)
show(bytes, 1, source=2)
show(bytes, a=1, b=2, c=3, d=4)
show(sum, a=1, b=2, c=3)
show(sum, start=1)
show(sum, [], x=1)
show(sorted, [], a=1, b=2, c=3)
show(sorted, [], x=1)
show(sorted, key=None)
show(min, [], default=1, key=None, x=3)
show(max, 1, 2, a=1, b=2, c=3)
show(min, x=1)
show(dict, 1, 2, x=3)
show(type, 1, x=2)
show(type, x=1)
show(type, 1, 2)
show(map, x=1)
show(map, len)
show(len, x=1)
show(len)
show(isinstance, 1, x=2)
show(getattr, 1)
show(next)
show(iter, 1, 2, 3)
show(format, 1, 2, 3)
show(float, 1, 2)
show(print, 1, x=5)

# expect: 'start' is an invalid keyword argument for enumerate()
# expect: 'x' is an invalid keyword argument for enumerate()
# expect: 'x' is an invalid keyword argument for enumerate()
# expect: enumerate() missing required argument 'iterable'
# expect: enumerate() missing required argument 'iterable'
# expect: enumerate() takes at most 2 arguments (3 given)
# expect: 'x' is an invalid keyword argument for zip()
# expect: zip() takes at most 1 keyword argument (2 given)
# expect: round() missing required argument 'number' (pos 1)
# expect: 'x' is an invalid keyword argument for round()
# expect: argument for round() given by name ('number') and position (1)
# expect: round() takes at most 2 keyword arguments (3 given)
# expect: pow() missing required argument 'exp' (pos 2)
# expect: argument for pow() given by name ('base') and position (1)
# expect: pow() takes at most 3 keyword arguments (4 given)
# expect: int() takes at most 2 arguments (3 given)
# expect: int() takes at most 2 keyword arguments (3 given)
# expect: 'x' is an invalid keyword argument for int()
# expect: argument for str() given by name ('object') and position (1)
# expect: str() takes at most 3 keyword arguments (4 given)
# expect: argument for bytes() given by name ('source') and position (1)
# expect: bytes() takes at most 3 keyword arguments (4 given)
# expect: sum() takes at most 2 keyword arguments (3 given)
# expect: sum() takes at least 1 positional argument (0 given)
# expect: 'x' is an invalid keyword argument for sum()
# expect: sort() takes at most 2 keyword arguments (3 given)
# expect: 'x' is an invalid keyword argument for sort()
# expect: sorted expected 1 argument, got 0
# expect: min() takes at most 2 keyword arguments (3 given)
# expect: max() takes at most 2 keyword arguments (3 given)
# expect: min expected at least 1 argument, got 0
# expect: dict expected at most 1 argument, got 2
# expect: type() takes no keyword arguments
# expect: type() takes 1 or 3 arguments
# expect: type() takes 1 or 3 arguments
# expect: map() takes no keyword arguments
# expect: map() must have at least two arguments.
# expect: len() takes no keyword arguments
# expect: len() takes exactly one argument (0 given)
# expect: isinstance() takes no keyword arguments
# expect: getattr expected at least 2 arguments, got 1
# expect: next expected at least 1 argument, got 0
# expect: iter expected at most 2 arguments, got 3
# expect: format expected at most 2 arguments, got 3
# expect: float expected at most 1 argument, got 2
# expect: 'x' is an invalid keyword argument for print()
