# Exhausted itertools iterators stay exhausted; next() takes a default.
from itertools import chain, islice, pairwise, takewhile, zip_longest, product, groupby

for it in [chain("a"), islice("ab", 1), pairwise("ab"), takewhile(bool, [1, 0, 1]), zip_longest("a"),
           product("a"), groupby("a")]:
    first = list(it)
    print(len(first), list(it), next(it, "done"))
# expect: 1 [] done
# expect: 1 [] done
# expect: 1 [] done
# expect: 1 [] done
# expect: 1 [] done
# expect: 1 [] done
# expect: 1 [] done
