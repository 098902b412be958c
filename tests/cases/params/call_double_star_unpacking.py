# Call-site ** unpacking of dicts, combined with explicit keywords.
def conn(host, port=80, user="root"):
    return host + ":" + str(port) + "@" + user
cfg = {"host": "db", "port": 5432}
print(conn(**cfg))
print(conn(**cfg, user="app"))
print(conn("web", **{"user": "x"}))
print(conn(**{"host": "h"}, **{"port": 1}))
# expect: db:5432@root
# expect: db:5432@app
# expect: web:80@x
# expect: h:1@root
