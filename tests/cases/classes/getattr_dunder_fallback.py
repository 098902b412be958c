# __getattr__ is asked only for names not found normally.
class Proxy:
    def __init__(self, target):
        self.target = target

    def __getattr__(self, name):
        return getattr(self.target, name)

class Target:
    def ping(self):
        return "pong"

    value = 7

p = Proxy(Target())
print(p.ping(), p.value, p.target.value)
try:
    p.nothing
except AttributeError as e:
    print(e)
# expect: pong 7 7
# expect: 'Target' object has no attribute 'nothing'
