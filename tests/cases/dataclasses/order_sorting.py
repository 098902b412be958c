# order=True compares instances as tuples of their fields: sorted, min, max and < work.
from dataclasses import dataclass


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


vs = [Version(1, 2), Version(1), Version(0, 9, 9), Version(1, 2, 1)]
print(sorted(vs))
print(min(vs), max(vs))
print(Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 9), Version(1) <= Version(1))
try:
    Version(1) < 5
except TypeError as e:
    print(e)
# expect: [Version(major=0, minor=9, patch=9), Version(major=1, minor=0, patch=0), Version(major=1, minor=2, patch=0), Version(major=1, minor=2, patch=1)]
# expect: Version(major=0, minor=9, patch=9) Version(major=1, minor=2, patch=1)
# expect: True True True
# expect: '<' not supported between instances of 'Version' and 'int'
