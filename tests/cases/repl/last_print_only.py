# A final print call prints once (its None value is not printed).
print("only once")
# expect: only once
