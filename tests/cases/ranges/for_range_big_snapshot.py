# A for loop over a big range waits on host calls inside its body: the iterator it counts with is saved and
# restored with the frame (the runner replays through a snapshot at every host call), and so are the small
# counters of the loop around it.
# host: ask -> 10
def run():
    out = []
    for j in range(2):
        for i in range(2**64 + j, 2**64 + j + 2):
            out.append(i + ask(i) - 2**64)
    return out
print(run())
# expect: [10, 11, 11, 12]
