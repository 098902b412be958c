# indent=0 puts newlines without spaces; a str indent is used as it is.
import json
print(json.dumps([1, [2]], indent=0))
print(json.dumps({"a": [1, 2]}, indent="--"))
print(json.dumps([1], indent=""))
print(json.dumps([1, 2], indent=-1))
print(json.dumps([1], indent=True))
# expect: [
# expect: 1,
# expect: [
# expect: 2
# expect: ]
# expect: ]
# expect: {
# expect: --"a": [
# expect: ----1,
# expect: ----2
# expect: --]
# expect: }
# expect: [
# expect: 1
# expect: ]
# expect: [
# expect: 1,
# expect: 2
# expect: ]
# expect: [
# expect:  1
# expect: ]
