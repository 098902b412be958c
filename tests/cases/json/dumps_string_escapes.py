# Control characters, quotes and backslashes are escaped; the rest of ASCII is kept.
import json
print(json.dumps("quote \" backslash \\ slash / tab \t nl \n cr \r bs \b ff \f"))
print(json.dumps("\x00\x01\x1f\x7f"))
print(json.dumps(["a\u2028b"]))
# expect: "quote \" backslash \\ slash / tab \t nl \n cr \r bs \b ff \f"
# expect: "\u0000\u0001\u001f\u007f"
# expect: ["a\u2028b"]
