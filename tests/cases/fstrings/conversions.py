# !r, !s and !a conversions.
s = "café\n"
print(f"{s!r} {s!s}|{s!a}")
print(f"{42!r} {None!s} {[1, 'a']!r}")
# expect: 'café\n' café
# expect: |'caf\xe9\n'
# expect: 42 None [1, 'a']
