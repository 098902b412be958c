# An exhausted list iterator (it has let go of its list) is still part of the state when the run waits on
# the host: the snapshot taken there holds it and resumes.
# host: ask -> 1
it = iter([1, 2])
print(list(it))
print(ask("now"), list(it), next(it, "done"))
# expect: [1, 2]
# expect: 1 [] done
