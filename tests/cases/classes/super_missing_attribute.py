# super() finds nothing past the last class that defines the name.
class A:
    def only_here(self):
        return 1

class B(A):
    def go(self):
        return super().missing()

B().go()
# expect runtime error: AttributeError: 'super' object has no attribute 'missing'
