# Inputs and a host tool together: query a tool for each requested id.
# input: ids = [3, 1, 2]
# input: prefix = "user-"
# host: get_user -> {"active": true}
active = []
for i in ids:
    u = get_user(prefix + str(i))
    if u["active"]:
        active.append(prefix + str(i))
print(active)
# expect: ['user-3', 'user-1', 'user-2']
