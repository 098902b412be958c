# Argument errors of methods name the qualified method.
class Api:
    def get(self, path, *, timeout=5):
        return path

a = Api()
for f in (lambda: a.get(), lambda: a.get("/", 3), lambda: a.get("/", retries=2), lambda: Api.get()):
    try:
        f()
    except TypeError as e:
        print(e)
# expect: Api.get() missing 1 required positional argument: 'path'
# expect: Api.get() takes 2 positional arguments but 3 were given
# expect: Api.get() got an unexpected keyword argument 'retries'
# expect: Api.get() missing 2 required positional arguments: 'self' and 'path'
