# A bare raise re-raises the exception currently being handled, preserving its type and message.
def handle():
    try:
        int("nope")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    handle()
except ValueError as e:
    print("outer got:", e)
handle()
# expect: logging and re-raising
# expect: outer got: invalid literal for int() with base 10: 'nope'
# expect: logging and re-raising
# expect runtime error: ValueError: invalid literal for int() with base 10: 'nope'
