# Mapping keys may only be literals or dotted names (an f-string is neither).
name = "id"
match {"id": 1}:
    case {f"{name}": v}:
        print(v)
# expect error: 4:10: mapping pattern keys may only match literals and attribute lookups
