# A classmethod bound from an instance still receives the class; calling through a subclass passes it.
class Model:
    registry = []

    @classmethod
    def create(cls, **fields):
        obj = cls()
        for k, v in fields.items():
            setattr(obj, k, v)
        cls.registry.append(obj)
        return obj

class User(Model):
    pass

u = User.create(name="a", age=3)
m = Model().create(x=1)
print(type(u).__name__, u.name, u.age, type(m).__name__, len(Model.registry), User.registry is Model.registry)
# expect: User a 3 Model 2 True
