# A decorator that registers functions in a dict and returns them unchanged.
handlers = {}
def on(event):
    def deco(fn):
        handlers[event] = fn
        return fn
    return deco
@on("start")
def start():
    return "starting"
@on("stop")
def stop():
    return "stopping"
for name in sorted(handlers):
    print(name, handlers[name]())
print(start is handlers["start"])
# expect: start starting
# expect: stop stopping
# expect: True
