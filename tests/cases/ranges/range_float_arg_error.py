# range arguments must be integers.
range(1.5)
# expect runtime error: TypeError: 'float' object cannot be interpreted as an integer
