# _replace makes a copy with some fields changed, _asdict a dict, _make an instance from an iterable.
from collections import namedtuple

Emp = namedtuple("Emp", "name dept salary")
e = Emp("ann", "eng", 100)
print(e._replace(salary=120), e, e._asdict(), Emp._make(["bob", "ops", 90]), Emp._make(iter("xyz")))
try:
    e._replace(bonus=1)
except ValueError as err:
    print(err)
try:
    Emp._make([1, 2])
except TypeError as err:
    print(err)
# expect: Emp(name='ann', dept='eng', salary=120) Emp(name='ann', dept='eng', salary=100) {'name': 'ann', 'dept': 'eng', 'salary': 100} Emp(name='bob', dept='ops', salary=90) Emp(name='x', dept='y', salary='z')
# expect: Got unexpected field names: ['bonus']
# expect: Expected 3 arguments, got 2
