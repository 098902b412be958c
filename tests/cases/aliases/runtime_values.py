# Generic aliases and unions of classes as values: repr, equality, hashing, calling, type() and isinstance
# (unions of plain classes work; anything parameterized is refused with CPython's TypeError).
Matrix = list[list[int]]
print(Matrix)
print(dict[str, int], list[int] | None, int | str, None | int, int | int, type[int])
print(list[int](), dict[str, int](a=1), list[int]("ab"), tuple[int, str]((1, "a")))
print(type(Matrix), type(int | None))
print(list[int] == list[int], list[int] == list[str], int | str == str | int, hash(list[int]) == hash(list[int]))
print(isinstance(3, int | str), isinstance(None, int | None), isinstance("x", int | float))
for bad in [lambda: isinstance([], list[int]), lambda: isinstance(1, list[int] | None), lambda: int[str],
            lambda: (int | str)(), lambda: int | "x", lambda: None | None, lambda: len[int]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
JSON = dict[str, "JSON"] | list["JSON"] | str | int | float | bool | None
print(JSON)
print({list[int]: 1}[list[int]])
print(repr(tuple[()]), list[int | None])
# expect: list[list[int]]
# expect: dict[str, int] list[int] | None int | str None | int <class 'int'> type[int]
# expect: [] {'a': 1} ['a', 'b'] (1, 'a')
# expect: <class 'types.GenericAlias'> <class 'types.UnionType'>
# expect: True False True True
# expect: True True False
# expect: TypeError: isinstance() argument 2 cannot be a parameterized generic
# expect: TypeError: isinstance() argument 2 cannot be a parameterized generic
# expect: TypeError: type 'int' is not subscriptable
# expect: TypeError: 'types.UnionType' object is not callable
# expect: TypeError: unsupported operand type(s) for |: 'type' and 'str'
# expect: TypeError: unsupported operand type(s) for |: 'NoneType' and 'NoneType'
# expect: TypeError: 'builtin_function_or_method' object is not subscriptable
# expect: dict[str, 'JSON'] | list['JSON'] | str | int | float | bool | None
# expect: 1
# expect: tuple[()] list[int | None]
