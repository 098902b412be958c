# break and continue inside finally affect the loop; break in finally swallows the exception.
for i in range(3):
    try:
        if i == 1:
            raise KeyError(i)
    finally:
        if i == 1:
            print("break in finally at", i)
            break
        print("finally", i)
print("after loop")
for i in range(3):
    try:
        print("try", i)
    finally:
        if i < 2:
            continue
    print("not reached until", i)
# expect: finally 0
# expect: break in finally at 1
# expect: after loop
# expect: try 0
# expect: try 1
# expect: try 2
# expect: not reached until 2
