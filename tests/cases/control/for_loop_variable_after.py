# The loop variable keeps its last value after the loop; an empty loop leaves it untouched.
i = "unset"
for i in range(5):
    pass
print(i)
j = "unset"
for j in []:
    pass
print(j)
# expect: 4
# expect: unset
