# A cached_property whose function calls the host cannot wait inside an attribute lookup: a compile error at
# the decorator.
# host: fetch -> 1
import functools


class Report:
    @functools.cached_property
    def total(self):
        return fetch(1)


print(Report().total)
# expect error: 8:6: a cached_property's function may wait on the host
