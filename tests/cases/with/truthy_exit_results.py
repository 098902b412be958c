# __exit__'s result is tested for truth: non-empty containers and non-zero numbers suppress.
class Returns:
    def __init__(self, value):
        self.value = value

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return self.value

for value in [1, "yes", [0], 0, "", None, [], 0.0]:
    try:
        with Returns(value):
            raise RuntimeError("boom")
        print(repr(value), "suppressed")
    except RuntimeError:
        print(repr(value), "re-raised")
# expect: 1 suppressed
# expect: 'yes' suppressed
# expect: [0] suppressed
# expect: 0 re-raised
# expect: '' re-raised
# expect: None re-raised
# expect: [] re-raised
# expect: 0.0 re-raised
