# A chain of methods where only the innermost calls the host; super() methods too.
# host: search -> ["r1", "r2"]
class Agent:
    def __init__(self, name):
        self.name = name
        self.log = []

    def tool(self, q):
        res = search(q)
        self.log.append(q)
        return res

    def step(self, q):
        return [r.upper() for r in self.tool(q)]

class LoggingAgent(Agent):
    def step(self, q):
        out = super().step(q)
        self.log.append(len(out))
        return out

a = LoggingAgent("x")
print(a.step("cats"), a.step("dogs"), a.log)
# expect: ['R1', 'R2'] ['R1', 'R2'] ['cats', 2, 'dogs', 2]
