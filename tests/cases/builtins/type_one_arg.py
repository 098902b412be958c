# type() of values: names and identity comparisons.
for v in [1, 1.0, "s", b"b", [], (), {}, set(), frozenset(), None, True, range(1), len]:
    print(type(v).__name__)
print(type(1) is int, type(True) == int, type([]) is list)
# expect: int
# expect: float
# expect: str
# expect: bytes
# expect: list
# expect: tuple
# expect: dict
# expect: set
# expect: frozenset
# expect: NoneType
# expect: bool
# expect: range
# expect: builtin_function_or_method
# expect: True False True
