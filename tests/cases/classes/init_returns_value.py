# __init__ must return None.
class Bad:
    def __init__(self):
        return 5

Bad()
# expect runtime error: TypeError: __init__() should return None, not 'int'
