# Class definitions are outside the subset; the diagnostic points at the class keyword.
print("must not run")
class Record:
    pass
# expect error: 3:1: class definition is not supported
