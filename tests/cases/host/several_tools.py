# Several different tools in one program, results combined.
# host: get_user -> {"id": 7, "name": "Ada", "team": "core"}
# host: get_team -> {"name": "core", "members": [7, 9, 12]}
# host: send_message -> true
user = get_user(7)
team = get_team(user["team"])
others = []
for m in team["members"]:
    if m != user["id"]:
        others.append(m)
ok = send_message(to=others, text="hi from " + user["name"])
print(user["name"], "->", others, ok)
# expect: Ada -> [9, 12] True
