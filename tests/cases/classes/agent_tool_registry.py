# An agent-style tool registry: a base class, subclasses registered by a decorator, dispatch by name.
class Tool:
    name = "tool"

    def run(self, arg):
        raise NotImplementedError

    def __repr__(self):
        return f"<Tool {self.name}>"

TOOLS = {}

def register(cls):
    TOOLS[cls.name] = cls()
    return cls

@register
class Upper(Tool):
    name = "upper"

    def run(self, arg):
        return arg.upper()

@register
class Count(Tool):
    name = "count"

    def run(self, arg):
        return len(arg.split())

for call in [("upper", "hi there"), ("count", "a b c"), ("nope", "")]:
    tool = TOOLS.get(call[0])
    if tool is None:
        print("unknown tool", call[0])
        continue
    print(tool, tool.run(call[1]))
try:
    Tool().run("x")
except NotImplementedError:
    print("abstract")
# expect: <Tool upper> HI THERE
# expect: <Tool count> 3
# expect: unknown tool nope
# expect: abstract
