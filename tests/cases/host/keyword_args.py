# Calling a tool with keyword arguments (and mixing positional ones).
# host: list_files -> ["a.py", "b.txt", "c.py"]
files = list_files("/repo", pattern="*", recursive=True)
py = []
for f in files:
    if f.endswith(".py"):
        py.append(f)
print(py)
# expect: ['a.py', 'c.py']
