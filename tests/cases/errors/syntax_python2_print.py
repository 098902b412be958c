# The Python 2 print statement is a syntax error (tree-sitter accepts it; pith must not).
print "hello"
# expect error: 2:1:
