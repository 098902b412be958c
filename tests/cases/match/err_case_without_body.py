# A case header with nothing indented under it.
def route(cmd):
    match cmd:
        case "a":
        return 1
# expect error: 5:9: expected an indented block after 'case' statement on line 4
