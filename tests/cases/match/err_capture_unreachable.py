# A bare capture before other cases would swallow everything: CPython refuses it.
def route(msg):
    match msg:
        case command:
            return command
        case "quit":
            return None
# expect error: 4:14: name capture 'command' makes remaining patterns unreachable
