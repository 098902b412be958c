# Instances of user classes: a new instance of the same class, attributes copied (deeply for deepcopy).
import copy


class Point:
    def __init__(self, x, tags):
        print("init")
        self.x = x
        self.tags = tags

    def __repr__(self):
        return f"Point({self.x}, {self.tags})"


p = Point(1, ["a"])
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, type(q) is Point, q is p, q.tags is p.tags, r.tags is p.tags)
r.tags.append("b")
q.x = 5
print(p, q, r)
# expect: init
# expect: Point(1, ['a']) Point(1, ['a']) True False True False
# expect: Point(1, ['a']) Point(5, ['a']) Point(1, ['a', 'b'])
