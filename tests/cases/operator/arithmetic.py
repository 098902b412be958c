# The operator functions compute exactly what the operators do, results and errors alike.
import operator as op

print(op.add(1, 2), op.sub(5, 7), op.mul(3, 4), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 3))
print(op.pow(2, 100), op.pow(2, -1), op.neg(4), op.pos(-4), op.abs(-2.5), op.invert(5), op.inv(0))
print(op.lshift(1, 10), op.rshift(1024, 3), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.add("ab", "cd"), op.mul([0], 3), op.add((1,), (2,)), op.or_({1}, {2}), op.and_({1, 2}, {2, 3}))
print(op.mod("%s-%d", ("x", 5)), op.truediv(1, 4.0), op.floordiv(7.5, 2))
for f, a, b in [(op.truediv, 1, 0), (op.add, 1, "a"), (op.floordiv, 1, 0), (op.mod, 1.0, 0)]:
    try:
        f(a, b)
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
# expect: 3 -2 12 3.5 -4 2
# expect: 1267650600228229401496703205376 0.5 -4 -4 2.5 -6 -1
# expect: 1024 128 8 14 6
# expect: abcd [0, 0, 0] (1, 2) {1, 2} {2}
# expect: x-5 0.25 3.0
# expect: ZeroDivisionError division by zero
# expect: TypeError unsupported operand type(s) for +: 'int' and 'str'
# expect: ZeroDivisionError integer division or modulo by zero
# expect: ZeroDivisionError float modulo
