# type(x), x.__class__ and the class object are one object; __name__ and __qualname__ name it.
class Job:
    pass

j = Job()
print(type(j) is Job, j.__class__ is Job, type(j) == Job)
print(type(Job), Job.__name__, Job.__qualname__, Job.__module__)
print(type(j).__name__, isinstance(Job, type))

def make():
    class Local:
        pass
    return Local

L = make()
print(L.__qualname__, L)
# expect: True True True
# expect: <class 'type'> Job Job __main__
# expect: Job True
# expect: make.<locals>.Local <class '__main__.make.<locals>.Local'>
