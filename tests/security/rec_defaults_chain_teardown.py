# 300000 functions each holding the previous one as a default.
f = None
for i in range(300000):
    def g(x=f):
        return x
    f = g
f = None
print("freed")
# expect: freed
