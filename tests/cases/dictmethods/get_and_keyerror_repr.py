# get never raises; missing key KeyError shows the key repr.
d = {"id": 7, (1, 2): "pair"}
print(d.get("id"), d.get("x"), d.get("x", 0), d[(1, 2)])
try:
    d["name"]
except KeyError as e:
    print(repr(e), str(e), e.args)
d[3.5]
# expect: 7 None 0 pair
# expect: KeyError('name') 'name' ('name',)
# expect runtime error: KeyError: 3.5
