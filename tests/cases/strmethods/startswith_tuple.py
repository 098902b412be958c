# startswith/endswith accept tuples of prefixes and start/end positions.
files = ["a.py", "b.txt", "c.PY", "readme.md"]
print([f for f in files if f.endswith((".py", ".md"))])
print("https://x".startswith(("http://", "https://")), "abc".startswith("b", 1), "abc".endswith("b", 0, 2))
# expect: ['a.py', 'readme.md']
# expect: True True True
