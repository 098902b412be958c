# ensure_ascii=False keeps non-ASCII text as it is, escaping only what JSON requires.
import json
print(json.dumps("caf\u00e9 \u65e5\u672c \U0001F600 \"q\"\n", ensure_ascii=False))
print(json.dumps({"cl\u00e9": ["\u20ac", 1]}, ensure_ascii=False))
# expect: "café 日本 😀 \"q\"\n"
# expect: {"clé": ["€", 1]}
