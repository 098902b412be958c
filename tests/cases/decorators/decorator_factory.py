# A decorator factory taking arguments.
def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def greet(name):
    return "hi " + name
print(greet("bo"))
# expect: ['hi bo', 'hi bo', 'hi bo']
