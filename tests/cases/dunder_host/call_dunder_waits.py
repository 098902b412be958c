# An instance whose __call__ calls the host is a callable tool: called directly, through map and as a key.
# host: run_tool -> {"score": 4}
class Tool:
    def __init__(self, name):
        self.name = name

    def __call__(self, arg):
        return run_tool(self.name, arg)["score"] * arg

score = Tool("scorer")
print(score(2), list(map(score, [1, 3])), sorted([3, 1, 2], key=score))
# expect: 8 [4, 12] [1, 2, 3]
