# __init__ that waits on a host call: the instance is built across the suspension.
# host: load_profile -> {"name": "ann", "plan": "pro"}
class User:
    def __init__(self, uid):
        data = load_profile(uid)
        self.uid = uid
        self.name = data["name"]
        self.plan = data["plan"]

    def __repr__(self):
        return f"User({self.uid}, {self.name!r}, {self.plan!r})"

users = [User(i) for i in range(3)]
print(users)
u = User(7)
print(u.name, isinstance(u, User))
# expect: [User(0, 'ann', 'pro'), User(1, 'ann', 'pro'), User(2, 'ann', 'pro')]
# expect: ann True
