# Only a top-level final expression statement counts; one inside a block is not printed.
x = 3
if x > 1:
    x * 100
