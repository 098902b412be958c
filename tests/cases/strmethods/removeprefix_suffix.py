# removeprefix/removesuffix only strip an exact match, once.
print("test_foo.py".removeprefix("test_").removesuffix(".py"))
print("foo".removeprefix("x"), "aaa".removeprefix("a"), "x.py.py".removesuffix(".py"))
# expect: foo
# expect: foo aa x.py
