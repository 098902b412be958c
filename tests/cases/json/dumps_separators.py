# separators replace the item and key separators, with or without indent.
import json
data = {"a": [1, 2], "b": {"c": 3}}
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, separators=(" , ", " = ")))
print(json.dumps(data, indent=1, separators=(";", "->")))
print(json.dumps(data, indent=1))
print(json.dumps(data, separators=[",", ":"]))
# expect: {"a":[1,2],"b":{"c":3}}
# expect: {"a" = [1 , 2] , "b" = {"c" = 3}}
# expect: {
# expect:  "a"->[
# expect:   1;
# expect:   2
# expect:  ];
# expect:  "b"->{
# expect:   "c"->3
# expect:  }
# expect: }
# expect: {
# expect:  "a": [
# expect:   1,
# expect:   2
# expect:  ],
# expect:  "b": {
# expect:   "c": 3
# expect:  }
# expect: }
# expect: {"a":[1,2],"b":{"c":3}}
