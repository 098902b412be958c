# break and continue only affect the innermost loop.
for i in range(4):
    if i == 1:
        continue
    for j in range(4):
        if j > i:
            break
        if j == 1:
            continue
        print(i, j)
    if i == 3:
        break
print("end")
# expect: 0 0
# expect: 2 0
# expect: 2 2
# expect: 3 0
# expect: 3 2
# expect: 3 3
# expect: end
