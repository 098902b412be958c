# A class's own __copy__ and __deepcopy__(memo) are used.
import copy


class Config:
    def __init__(self, data):
        self.data = data

    def __copy__(self):
        print("copy called")
        return Config(dict(self.data))

    def __deepcopy__(self, memo):
        print("deepcopy called", type(memo).__name__)
        return Config(copy.deepcopy(self.data, memo))


c = Config({"a": [1]})
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
print(c2.data, c3.data, c3.data["a"] is c.data["a"], c2.data["a"] is c.data["a"])
print(copy.deepcopy([c, c])[0].data)
# expect: copy called
# expect: deepcopy called dict
# expect: {'a': [1]} {'a': [1]} False True
# expect: deepcopy called dict
# expect: {'a': [1]}
