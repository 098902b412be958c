# Inherited __enter__/__exit__, super() inside them, and nested with statements in a function.
class Base:
    depth = 0

    def __enter__(self):
        Base.depth += 1
        print("  " * Base.depth + "enter", type(self).__name__)
        return self

    def __exit__(self, *exc):
        print("  " * Base.depth + "exit", type(self).__name__)
        Base.depth -= 1

class Child(Base):
    def __exit__(self, *exc):
        print("  " * Base.depth + "child cleanup")
        return super().__exit__(*exc)

def run():
    with Base():
        with Child() as c:
            with Base():
                print("  " * (Base.depth + 1) + "deepest", isinstance(c, Base))

run()
# expect:   enter Base
# expect:     enter Child
# expect:       enter Base
# expect:         deepest True
# expect:       exit Base
# expect:     child cleanup
# expect:     exit Child
# expect:   exit Base
