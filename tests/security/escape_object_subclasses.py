# object is not a builtin name here.
print(object.__subclasses__())
# expect error: 2:14: attribute '__subclasses__' is not supported
