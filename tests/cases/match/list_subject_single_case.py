# A list subject with a single case inside a function (a header the grammar could misread), and a traceback
# from the case body.
def f(a, b):
    match [a, b]:  # a pair
        case [x, y]:
            print(x / y)
f(1, 2)
f(1, 0)
# expect: 0.5
# expect runtime error: ZeroDivisionError: division by zero
