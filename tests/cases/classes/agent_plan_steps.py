# Plan steps as small classes with a shared interface, run in order with results collected.
# host: run_step -> "done"
class Step:
    def __init__(self, name):
        self.name = name

    def execute(self):
        return run_step(self.name)

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class Search(Step):
    pass

class Summarize(Step):
    def execute(self):
        base = super().execute()
        return base.upper()

plan = [Search("find docs"), Summarize("write summary")]
results = {repr(s): s.execute() for s in plan}
print(results)
print(sorted(plan, key=lambda s: s.name))
# expect: {"Search('find docs')": 'done', "Summarize('write summary')": 'DONE'}
# expect: [Search('find docs'), Summarize('write summary')]
