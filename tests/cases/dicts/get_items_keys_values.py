# get with and without a default, items/keys/values.
user = {"id": 7, "name": "ada", "email": None}
print(user.get("name"), user.get("phone"), user.get("phone", "n/a"), user.get("email", "x"))
for k, v in user.items():
    print(k, "=", v)
print(list(user.items()))
print("id" in user, "ada" in user, "ada" in user.values(), "name" in user.keys())
# expect: ada None n/a None
# expect: id = 7
# expect: name = ada
# expect: email = None
# expect: [('id', 7), ('name', 'ada'), ('email', None)]
# expect: True False True True
