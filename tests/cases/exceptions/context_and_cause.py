# __context__ and __cause__ record chaining; from None suppresses context display.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit")
except ValueError as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("explicit") from z
except ValueError as e:
    print(type(e.__cause__).__name__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
# expect: ZeroDivisionError None False
# expect: ZeroDivisionError True
# expect: None True ZeroDivisionError
