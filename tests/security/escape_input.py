# input would read the host's stdin.
x = input()
# expect error: 2:5: name 'input' is not defined
