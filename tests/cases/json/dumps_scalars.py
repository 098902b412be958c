# dumps of each scalar type, CPython's text for each.
import json
for v in [None, True, False, 0, -7, 3.0, 0.1, -0.0, 1e16, 1e-7, 123456789.123, "", "plain"]:
    print(json.dumps(v))
# expect: null
# expect: true
# expect: false
# expect: 0
# expect: -7
# expect: 3.0
# expect: 0.1
# expect: -0.0
# expect: 1e+16
# expect: 1e-07
# expect: 123456789.123
# expect: ""
# expect: "plain"
