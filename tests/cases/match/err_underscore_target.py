# `as _` binds nothing: CPython refuses it.
match 5:
    case int() as _:
        print("int")
# expect error: 3:19: cannot use '_' as a target
