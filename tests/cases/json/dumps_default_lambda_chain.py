# default may return another value that needs default again.
import json
class A: pass
class B: pass
print(json.dumps([A()], default=lambda o: B() if isinstance(o, A) else "b"))
print(json.dumps({"k": A()}, default=lambda o: B() if isinstance(o, A) else ["b", {"c": 1}], indent=2))
# expect: ["b"]
# expect: {
# expect:   "k": [
# expect:     "b",
# expect:     {
# expect:       "c": 1
# expect:     }
# expect:   ]
# expect: }
