# A class body's docstring is the class's __doc__; without one __doc__ is None.
class Tool:
    """Runs one step."""

    def run(self):
        return 1

class Bare:
    x = 1

print(Tool.__doc__, Tool().__doc__, Bare.__doc__)
# expect: Runs one step. Runs one step. None
