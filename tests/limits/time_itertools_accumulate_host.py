# accumulate() over count() whose function calls the host, consumed by max(): native frames burn fuel, so the
# time limit stops the run even though every host call is answered at once.
# host: bump -> 0
from itertools import accumulate, count

print(max(accumulate(count(), lambda total, x: total + bump(x))))
# limit: --max-time 1 --max-host-calls 100000000
# expect limit: TimeLimitExceeded
