# A host call in every element of a long sep.join(generator): the join accumulator lives in the frame
# while the run waits, so each wait can be snapshotted and resumed (the replay leg checks it).
# host: fetch -> "v"
text = "|".join(fetch(i) + str(i) for i in range(130))
print(len(text), text[:12], text[-9:])
# expect: 539 v0|v1|v2|v3| v128|v129
