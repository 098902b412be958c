# Two literal keys that are equal (1 and 1.0) in one mapping pattern.
match {1: "a"}:
    case {1: a, 1.0: b}:
        print(a, b)
# expect error: 3:10: mapping pattern checks duplicate key (1.0)
