# Float division and modulo by zero raise ZeroDivisionError with float messages.
for op in ("/", "//", "%"):
    try:
        if op == "/":
            1.0 / 0
        elif op == "//":
            1.0 // 0.0
        else:
            1.0 % 0
    except ZeroDivisionError as e:
        print(op, e)
# expect: / float division by zero
# expect: // float floor division by zero
# expect: % float modulo
