# Positional sub-patterns come before keyword ones in a class pattern.
match 5:
    case int(real=r, 0):
        print(r)
# expect error: 3:22: positional patterns follow keyword patterns
