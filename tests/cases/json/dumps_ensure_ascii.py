# ensure_ascii (the default) escapes every non-ASCII code point, astral ones as surrogate pairs.
import json
print(json.dumps("caf\u00e9 \u65e5\u672c \U0001F600 \U00010000 \uffff"))
print(json.dumps({"cl\u00e9": "\u20ac"}))
# expect: "caf\u00e9 \u65e5\u672c \ud83d\ude00 \ud800\udc00 \uffff"
# expect: {"cl\u00e9": "\u20ac"}
