# A list cannot be a dict key.
seen = {}
key = ["a", "b"]
seen[key] = True
# expect runtime error: TypeError: unhashable type: 'list'
