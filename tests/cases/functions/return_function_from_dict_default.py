# Looking up handlers with dict.get and a default function.
def unknown(x):
    return "unknown:" + str(x)
def as_int(x):
    return int(x)
table = {"int": as_int}
print(table.get("int", unknown)("12") + 1)
print(table.get("float", unknown)("1.5"))
# expect: 13
# expect: unknown:1.5
