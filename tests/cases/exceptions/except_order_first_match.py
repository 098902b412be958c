# The first matching handler wins, even if a later one is more specific.
try:
    {}["k"]
except LookupError:
    print("LookupError handler")
except KeyError:
    print("KeyError handler")
# expect: LookupError handler
