# A wildcard before the last case makes the rest unreachable.
match 3:
    case _:
        print("any")
    case 3:
        print("three")
# expect error: 3:10: wildcard makes remaining patterns unreachable
