# __enter__ runs before the body, its result is bound by `as`, __exit__ gets three Nones on a normal exit.
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type, exc, tb)

with Resource("db") as handle:
    print("using", handle)
print("done")
# expect: open db
# expect: using DB
# expect: close db None None None
# expect: done
