# finally runs when the try block returns, breaks or continues.
def f():
    try:
        return "from try"
    finally:
        print("finally runs")
print(f())
for i in range(3):
    try:
        if i == 0:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("cleanup", i)
# expect: finally runs
# expect: from try
# expect: cleanup 0
# expect: body 1
# expect: cleanup 1
# expect: cleanup 2
