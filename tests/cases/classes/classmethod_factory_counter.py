# A classmethod factory that counts instances on the class.
class Session:
    created = 0

    def __init__(self, user):
        self.user = user

    @classmethod
    def open(cls, user):
        cls.created += 1
        return cls(user)

sessions = [Session.open(u) for u in ["ann", "bob"]]
print(Session.created, [s.user for s in sessions])
# expect: 2 ['ann', 'bob']
