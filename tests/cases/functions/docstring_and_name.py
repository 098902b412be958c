# A function's docstring is not printed and __name__ is the def name.
def helper():
    """Does nothing much."""
    return "done"
print(helper.__name__, helper())
# expect: helper done
