# An exception's class walk.
try:
    1 / 0
except ZeroDivisionError as e:
    print(e.__class__.__base__.__subclasses__())
# expect error: 5:32: attribute '__subclasses__' is not supported
