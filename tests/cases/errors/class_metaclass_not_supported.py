# A metaclass would reach type's machinery: the keyword is refused where it stands.
print("must not run")
class Model(metaclass=type):
    pass
# expect error: 3:13: a metaclass in a class statement is not supported
