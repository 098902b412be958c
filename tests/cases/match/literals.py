# Literal patterns: numbers (negative too), strings, bytes compare with ==; None/True/False with `is`.
def kind(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case -0.5:
            return "minus a half"
        case "yes" | "y":
            return "affirmative"
        case "a" "b":
            return "concatenated"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case _:
            return "other"


for v in [0, 0.0, -1, 2.5, -0.5, "yes", "y", "ab", b"raw", None, True, False, 1, "no", [], 1.0]:
    print(repr(v), kind(v))
# expect: 0 zero
# expect: 0.0 zero
# expect: -1 minus one
# expect: 2.5 two and a half
# expect: -0.5 minus a half
# expect: 'yes' affirmative
# expect: 'y' affirmative
# expect: 'ab' concatenated
# expect: b'raw' bytes
# expect: None none
# expect: True true
# expect: False zero
# expect: 1 other
# expect: 'no' other
# expect: [] other
# expect: 1.0 other
