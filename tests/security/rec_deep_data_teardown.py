# Freeing a list nested 300000 deep must not recurse on the C stack.
x = []
for i in range(300000):
    x = [x]
x = None
print("freed")
# expect: freed
