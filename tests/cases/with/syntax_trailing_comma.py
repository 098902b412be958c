# Outside parentheses a with statement may not end its items with a comma.
class CM:
    def __enter__(self):
        return 1

    def __exit__(self, *a):
        pass

with CM() as a, :
    pass
# expect error: 9:15: invalid syntax
