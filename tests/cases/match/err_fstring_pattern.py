# An f-string is not a literal pattern.
match "a1":
    case f"a{1}":
        print("a1")
# expect error: 3:10: patterns may only match literals and attribute lookups
