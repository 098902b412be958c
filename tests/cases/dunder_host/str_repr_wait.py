# __str__ and __repr__ that call the host, through print, str(), repr() and f-strings.
# host: lookup_name -> "Ada"
class User:
    def __init__(self, uid):
        self.uid = uid

    def __str__(self):
        return lookup_name(self.uid)

    def __repr__(self):
        return "User(%d, %r)" % (self.uid, lookup_name(self.uid))

u = User(7)
print(u)
print(str(u), repr(u))
print(f"hello {u}! ({u!r}) [{u!s:>6}] [{u:}]")
s = "user: " + str(u)
print(s, len(repr(u)))
# expect: Ada
# expect: Ada User(7, 'Ada')
# expect: hello Ada! (User(7, 'Ada')) [   Ada] [Ada]
# expect: user: Ada 14
