# The case clauses must be indented under the match header.
match 1:
case 1:
    print("one")
# expect error: 3:1: expected an indented block after 'match' statement on line 2
