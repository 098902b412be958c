# At most one starred name in a sequence pattern.
match [1, 2, 3]:
    case [*head, *tail]:
        print(head, tail)
# expect error: 3:10: multiple starred names in sequence pattern
