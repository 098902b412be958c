# A case clause that dedents to no enclosing level.
def route(cmd):
    match cmd:
        case "a":
            return 1
      case "b":
            return 2
# expect error: 6:16: unindent does not match any outer indentation level
