# Paginate through a tool until a page is short (the fixture always returns the same page of 2).
# host: list_users -> {"users": [{"name": "a", "admin": false}, {"name": "b", "admin": true}], "has_more": true}
page_size = 2
page = 0
names = []
admins = 0
while True:
    resp = list_users(page=page, size=page_size)
    for u in resp["users"]:
        names.append(u["name"] + str(page))
        if u["admin"]:
            admins += 1
    page += 1
    if not resp["has_more"] or page >= 3:
        break
print(names)
print("admins:", admins, "pages:", page)
# expect: ['a0', 'b0', 'a1', 'b1', 'a2', 'b2']
# expect: admins: 3 pages: 3
