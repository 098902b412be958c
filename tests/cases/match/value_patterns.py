# Value patterns: dotted names are looked up when the case is tried and compared with ==; a bare name
# would capture instead. Function attributes stand in for constants here.
def limits():
    pass


limits.LOW = 10
limits.HIGH = 100
limits.names = {"admin": "root"}


def classify(n):
    match n:
        case limits.LOW:
            return "at low"
        case limits.HIGH:
            return "at high"
        case int() if limits.LOW < n < limits.HIGH:
            return "between"
        case _:
            return "outside"


print([classify(v) for v in [10, 100, 50, 5, 10.0]])
limits.LOW = 5
print(classify(5), classify(10))

match {"role": "root"}:
    case {"role": limits.names}:
        print("dict equal?")
    case {"role": role}:
        print("role", role)

err = KeyError("missing")
match ("missing",):
    case err.args:
        print("matched the args tuple")
# expect: ['at low', 'at high', 'between', 'outside', 'at low']
# expect: at low between
# expect: role root
# expect: matched the args tuple
