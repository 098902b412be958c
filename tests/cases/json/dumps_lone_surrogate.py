# A lone surrogate (chr(0xD800)) is written as its escape.
import json
print(json.dumps(chr(0xD800) + "x" + chr(0xDFFF)))
# expect: "\ud800x\udfff"
