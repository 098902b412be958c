# A def with yield is a generator function: calling it runs nothing until it is iterated.
def count_up(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")

g = count_up(3)
print("made")
for x in g:
    print(x)
for x in g:
    print("again", x)
# expect: made
# expect: start
# expect: 0
# expect: 1
# expect: 2
# expect: end
