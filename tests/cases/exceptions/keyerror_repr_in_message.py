# KeyError's str is the repr of the key, including for strings with quotes and tuples.
for key in ["plain", "it's", (1, "a"), 0, None]:
    try:
        {}[key]
    except KeyError as e:
        print(str(e))
d = {}
d["can't"]
# expect: 'plain'
# expect: "it's"
# expect: (1, 'a')
# expect: 0
# expect: None
# expect runtime error: KeyError: "can't"
