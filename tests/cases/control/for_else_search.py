# for/else for a search: else runs when nothing was found.
def find(items, target):
    for i in range(len(items)):
        if items[i] == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
find(["a", "b", "c"], "b")
find(["a", "b", "c"], "z")
find([], "a")
# expect: found b at 1
# expect: z not found
# expect: a not found
