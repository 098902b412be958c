# The value of a final expression statement is printed with repr().
x = 6
x * 7
# expect: 42
