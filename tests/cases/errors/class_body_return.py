# A class body is not a function: return there is outside any function.
class C:
    return 1
# expect error: 3:5: 'return' outside function
