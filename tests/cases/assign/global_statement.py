# global lets a function rebind a module variable.
counter = 0
log = []
def tick(n):
    global counter
    counter += n
    log.append(counter)
tick(2)
tick(3)
print(counter, log)
def reset():
    global counter
    counter = 0
reset()
print(counter)
# expect: 5 [2, 5]
# expect: 0
