x = 1
yield x
# expect error: 2:1: 'yield' outside function
