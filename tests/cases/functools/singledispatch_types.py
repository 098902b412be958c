# singledispatch: the function registered for the first argument's class, or for the nearest class above it
# (bool is an int; a user class follows its MRO); register(cls) as a decorator or with the function.
from functools import singledispatch


@singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register(int)
def _(x):
    return f"int {x}"


@describe.register(list)
def _(x):
    return f"list of {len(x)}"


def for_str(x, *, loud=False):
    return ("STR " if loud else "str ") + x


describe.register(str, for_str)


class Animal:
    pass


class Dog(Animal):
    pass


@describe.register(Animal)
def _(x):
    return "animal " + type(x).__name__


print(describe(3), describe(True), describe([1, 2]), describe("hi"), describe("hi", loud=True))
print(describe(2.5), describe(None), describe(Dog()), describe(Animal()))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(float) is describe.__wrapped__)
print(describe.__name__, len(describe.registry))


@singledispatch
def area(shape):
    raise TypeError("unknown shape")


@area.register(tuple)
def _(shape):
    return shape[0] * shape[1]


print(area((2, 3)))
try:
    area(5)
except TypeError as e:
    print("TypeError:", e)
try:
    describe()
except TypeError as e:
    print("TypeError:", e)
# expect: int 3 int True list of 2 str hi STR hi
# expect: object 2.5 object None animal Dog animal Animal
# expect: True True
# expect: describe 5
# expect: 6
# expect: TypeError: unknown shape
# expect: TypeError: describe requires at least 1 positional argument
