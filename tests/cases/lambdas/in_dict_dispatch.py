# A dict of lambdas as an operator dispatch table.
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for expr in ["3 + 4", "10 - 7", "6 * 7"]:
    a, op, b = expr.split()
    print(expr, "=", ops[op](int(a), int(b)))
# expect: 3 + 4 = 7
# expect: 10 - 7 = 3
# expect: 6 * 7 = 42
