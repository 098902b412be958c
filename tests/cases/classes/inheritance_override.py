# Subclasses override methods; inherited ones run with the subclass's self.
class Base:
    kind = "base"

    def name(self):
        return "Base"

    def describe(self):
        return f"{self.name()} ({self.kind})"

class Child(Base):
    kind = "child"

    def name(self):
        return "Child"

class GrandChild(Child):
    pass

for obj in (Base(), Child(), GrandChild()):
    print(obj.describe(), type(obj).__name__)
print(GrandChild.kind, isinstance(GrandChild(), Base))
# expect: Base (base) Base
# expect: Child (child) Child
# expect: Child (child) GrandChild
# expect: child True
