# ChainMap looks keys up map by map and writes to the first.
from collections import ChainMap

defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cm = ChainMap(env, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm), "color" in cm, cm.get("nope", 0))
cm["color"] = "blue"
print(env, defaults, cm)
del cm["color"]
print(cm["color"], dict(cm), list(cm.items()))
print(ChainMap(), ChainMap({}).maps)
# expect: admin red 2 ['color', 'user'] True 0
# expect: {'user': 'admin', 'color': 'blue'} {'color': 'red', 'user': 'guest'} ChainMap({'user': 'admin', 'color': 'blue'}, {'color': 'red', 'user': 'guest'})
# expect: red {'color': 'red', 'user': 'admin'} [('color', 'red'), ('user', 'admin')]
# expect: ChainMap({}) [{}]
