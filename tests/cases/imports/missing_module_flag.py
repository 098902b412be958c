# A flag set from a failed import guards every later use of the module.
try:
    import pith_missing_yaml as yaml
    HAVE_YAML = True
except ImportError:
    HAVE_YAML = False
if HAVE_YAML:
    print(yaml.safe_load("a: 1"))
else:
    print("no yaml")
# expect: no yaml
