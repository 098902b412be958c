# Calling a class with the wrong arguments is __init__'s TypeError; no __init__ takes no arguments.
class P:
    def __init__(self, x, y=0):
        self.x = x

class Q:
    pass

for f in (lambda: P(), lambda: P(1, 2, 3), lambda: P(1, z=2), lambda: Q(1)):
    try:
        f()
    except TypeError as e:
        print(e)
# expect: P.__init__() missing 1 required positional argument: 'x'
# expect: P.__init__() takes from 2 to 3 positional arguments but 4 were given
# expect: P.__init__() got an unexpected keyword argument 'z'
# expect: Q() takes no arguments
