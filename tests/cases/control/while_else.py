# while/else: else runs only when the loop ends without break.
n = 0
while n < 3:
    n += 1
else:
    print("done", n)
n = 0
while n < 10:
    if n == 4:
        print("break at", n)
        break
    n += 1
else:
    print("not printed")
while False:
    pass
else:
    print("else of empty while")
# expect: done 3
# expect: break at 4
# expect: else of empty while
