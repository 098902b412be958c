# super() inside a nested helper of a method and in a method with another first-parameter name.
class Base:
    def greet(self, who):
        return "hello " + who

class Loud(Base):
    def greet(me, who):
        return super().greet(who).upper() + "!"

print(Loud().greet("bob"))
# expect: HELLO BOB!
