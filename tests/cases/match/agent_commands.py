# A typical agent dispatcher: split a command line and match on its shape.
def run(command):
    match command.split():
        case ["go", direction] if direction in ("north", "south", "east", "west"):
            return f"going {direction}"
        case ["go", _]:
            return "unknown direction"
        case ["pick", "up", *items] if items:
            return "picked " + ", ".join(items)
        case ["drop", item] | ["put", item, "down"]:
            return f"dropped {item}"
        case ["look"] | ["l"]:
            return "you see nothing special"
        case []:
            return "say something"
        case [verb, *_]:
            return f"I don't know how to {verb}"


for line in ["go north", "go up", "pick up key lamp", "pick up", "drop sword", "put shield down", "l", "", "dance now"]:
    print(repr(line), "->", run(line))
# expect: 'go north' -> going north
# expect: 'go up' -> unknown direction
# expect: 'pick up key lamp' -> picked key, lamp
# expect: 'pick up' -> I don't know how to pick
# expect: 'drop sword' -> dropped sword
# expect: 'put shield down' -> dropped shield
# expect: 'l' -> you see nothing special
# expect: '' -> say something
# expect: 'dance now' -> I don't know how to dance
