# An instance attribute shadows a method of the same name; deleting it uncovers the method.
class S:
    def run(self):
        return "method"

s = S()
s.run = lambda: "attribute"
print(s.run())
del s.run
print(s.run())
# expect: attribute
# expect: method
