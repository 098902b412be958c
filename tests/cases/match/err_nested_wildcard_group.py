# A parenthesised wildcard is still a wildcard.
match 0:
    case (_):
        print("any")
    case 0:
        print("zero")
# expect error: 3:11: wildcard makes remaining patterns unreachable
