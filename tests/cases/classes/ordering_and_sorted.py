# __lt__ lets sorted(), min() and max() order instances; reflected comparisons fill in > and >=.
class Task:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return self.name

tasks = [Task(3, "c"), Task(1, "a"), Task(2, "b")]
print(sorted(tasks), min(tasks), max(tasks))
print(Task(1, "x") < Task(2, "y"), Task(1, "x") > Task(2, "y"))
tasks.sort(reverse=True)
print(tasks)
try:
    Task(1, "x") <= Task(2, "y")
except TypeError as e:
    print(e)
# expect: [a, b, c] a c
# expect: True False
# expect: [c, b, a]
# expect: '<=' not supported between instances of 'Task' and 'Task'
