# An exception from a host-called helper inside the body reaches __exit__, which may also wait.
# host: record -> null
class Guard:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        record(str(exc))
        print("guard saw", exc_type.__name__ if exc_type else None, exc)
        return isinstance(exc, ValueError)

def parse(text):
    record(text)
    return int(text)

values = []
for text in ["1", "x", "3"]:
    with Guard():
        values.append(parse(text))
print(values)
# expect: guard saw None None
# expect: guard saw ValueError invalid literal for int() with base 10: 'x'
# expect: guard saw None None
# expect: [1, 3]
