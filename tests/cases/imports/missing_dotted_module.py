# A dotted import names its first missing part.
try:
    import pith_missing_pkg.sub.mod
except ImportError as e:
    print(e)
try:
    import pith_missing_pkg.sub as s
except ImportError as e:
    print(e)
# expect: No module named 'pith_missing_pkg'
# expect: No module named 'pith_missing_pkg'
