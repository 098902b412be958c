# An agent keeps a pristine copy of a config before editing it.
import copy

config = {"retries": 3, "hosts": ["a", "b"], "limits": {"cpu": 2, "tags": {"x"}}}
draft = copy.deepcopy(config)
draft["hosts"].append("c")
draft["limits"]["cpu"] = 4
draft["limits"]["tags"].add("y")
print(config)
print(draft["hosts"], draft["limits"]["cpu"], sorted(draft["limits"]["tags"]))
shallow = copy.copy(config)
shallow["hosts"].append("z")
print(config["hosts"], shallow is config)
# expect: {'retries': 3, 'hosts': ['a', 'b'], 'limits': {'cpu': 2, 'tags': {'x'}}}
# expect: ['a', 'b', 'c'] 4 ['x', 'y']
# expect: ['a', 'b', 'z'] False
