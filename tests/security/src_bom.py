# A UTF-8 BOM is allowed.
print("bom ok")
# pith only: the CPython cross-check reads sources as plain UTF-8; `python3 FILE` prints the same
# expect: bom ok
