# Expression statements before the last one print nothing.
1 + 1
"ignored"
[1, 2]
x = 5
# No expected output: nothing is printed.
