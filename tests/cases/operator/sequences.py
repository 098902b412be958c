# Sequence operations as functions: getitem, setitem, delitem, contains, countOf, indexOf, concat.
import operator as op

data = [10, 20, 30, 40]
print(op.getitem(data, 1), op.getitem({"k": 1}, "k"), op.getitem("hello", -1))
op.setitem(data, 0, 99)
op.delitem(data, 2)
op.delitem(data, -1)
print(data, op.contains(data, 99), op.contains("team", "ea"), op.contains({"a": 1}, "b"))
print(op.countOf([1, 2, 1, 1], 1), op.countOf("banana", "a"), op.indexOf("abc", "c"), op.indexOf([3, 4], 4))
print(op.concat([1], [2, 3]), op.concat("ab", "c"), op.concat((1,), ()))
d = {}
op.setitem(d, "x", [1])
print(d)
for f, a in [(op.indexOf, ([1], 5)), (op.concat, (1, 2)), (op.getitem, ([1], 3)), (op.getitem, ({}, "k")),
             (op.delitem, ({}, "k")), (op.concat, ([1], (2,)))]:
    try:
        f(*a)
    except (ValueError, TypeError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
# expect: 20 1 o
# expect: [99, 20] True True False
# expect: 3 3 2 1
# expect: [1, 2, 3] abc (1,)
# expect: {'x': [1]}
# expect: ValueError sequence.index(x): x not in sequence
# expect: TypeError 'int' object can't be concatenated
# expect: IndexError list index out of range
# expect: KeyError 'k'
# expect: KeyError 'k'
# expect: TypeError can only concatenate list (not "tuple") to list
