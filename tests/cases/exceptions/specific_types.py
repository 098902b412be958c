# except clauses are tried in order; only a matching one runs.
def risky(kind):
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    if kind == "value":
        return int("x")
    if kind == "zero":
        return 1 // 0
    if kind == "type":
        return "a" + 1
    return "fine"
for kind in ["key", "index", "value", "zero", "type", "none"]:
    try:
        print(risky(kind))
    except KeyError:
        print(kind, "-> KeyError")
    except IndexError:
        print(kind, "-> IndexError")
    except ValueError:
        print(kind, "-> ValueError")
    except ZeroDivisionError:
        print(kind, "-> ZeroDivisionError")
    except TypeError:
        print(kind, "-> TypeError")
# expect: key -> KeyError
# expect: index -> IndexError
# expect: value -> ValueError
# expect: zero -> ZeroDivisionError
# expect: type -> TypeError
# expect: fine
