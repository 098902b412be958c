# __enter__ and __exit__ found on the class are bound as CPython binds special methods.
class Registry:
    opened = []

    @classmethod
    def __enter__(cls):
        cls.opened.append(cls.__name__)
        return cls

    @staticmethod
    def __exit__(t, v, tb):
        print("static exit", t, v, tb)

with Registry() as r:
    print(r.__name__, Registry.opened)
# expect: Registry ['Registry']
# expect: static exit None None None
