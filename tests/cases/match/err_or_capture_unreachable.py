# An irrefutable alternative must come last in an or-pattern.
match [1]:
    case [x | 0]:
        print(x)
# expect error: 3:11: name capture 'x' makes remaining patterns unreachable
