# A chain of 300000 exceptions (e = ValueError(e)), freed at the end.
e = ValueError(0)
for i in range(300000):
    e = ValueError(e)
e = None
print("freed")
# expect: freed
