# The classic walk from a literal to every loaded class.
print(().__class__.__bases__[0].__subclasses__())
# expect error: 2:33: attribute '__subclasses__' is not supported
