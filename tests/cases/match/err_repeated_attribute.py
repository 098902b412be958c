# One attribute named twice in a class pattern.
match 5:
    case int(real=a, real=b):
        print(a, b)
# expect error: 3:27: attribute name repeated in class pattern: real
