# Iterating the class yields the members in definition order; len counts them; `in` tests membership.
from enum import Enum


class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3


print(list(Weekday), len(Weekday))
for d in Weekday:
    print(d.name, d.value)
print([d.name for d in Weekday if d.value > 1], Weekday.MON in Weekday, sorted(Weekday, key=lambda d: -d.value))
print(dict((d.name, d.value) for d in Weekday), list(reversed(list(Weekday))))
# expect: [<Weekday.MON: 1>, <Weekday.TUE: 2>, <Weekday.WED: 3>] 3
# expect: MON 1
# expect: TUE 2
# expect: WED 3
# expect: ['TUE', 'WED'] True [<Weekday.WED: 3>, <Weekday.TUE: 2>, <Weekday.MON: 1>]
# expect: {'MON': 1, 'TUE': 2, 'WED': 3} [<Weekday.WED: 3>, <Weekday.TUE: 2>, <Weekday.MON: 1>]
