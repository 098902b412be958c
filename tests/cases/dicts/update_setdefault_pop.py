# update from a dict and from keyword arguments, setdefault, pop with default.
cfg = {"retries": 3}
cfg.update({"timeout": 10, "retries": 5})
cfg.update(verbose=True)
print(cfg)
print(cfg.setdefault("retries", 99), cfg.setdefault("mode", "fast"))
print(cfg)
print(cfg.pop("verbose"), cfg.pop("missing", "dflt"), cfg)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
# expect: {'retries': 5, 'timeout': 10, 'verbose': True}
# expect: 5 fast
# expect: {'retries': 5, 'timeout': 10, 'verbose': True, 'mode': 'fast'}
# expect: True dflt {'retries': 5, 'timeout': 10, 'mode': 'fast'}
# expect: {'a': ['apple', 'avocado'], 'b': ['banana', 'blueberry'], 'c': ['cherry']}
