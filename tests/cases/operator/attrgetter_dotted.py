# attrgetter(): one attribute, several, or a dotted path through nested objects.
from operator import attrgetter


class Address:
    def __init__(self, city):
        self.city = city


class Person:
    def __init__(self, name, age, city):
        self.name, self.age, self.address = name, age, Address(city)


people = [Person("ada", 36, "Paris"), Person("bob", 25, "Oslo"), Person("cy", 41, "Lima")]
print([p.name for p in sorted(people, key=attrgetter("age"))])
print(list(map(attrgetter("address.city"), people)), attrgetter("name", "address.city")(people[0]))
print(max(people, key=attrgetter("age")).name, repr(attrgetter("name", "address.city")))
try:
    attrgetter("address.zip")(people[0])
except AttributeError as e:
    print("AttributeError:", e)
try:
    attrgetter(1)
except TypeError as e:
    print("TypeError:", e)
# expect: ['bob', 'ada', 'cy']
# expect: ['Paris', 'Oslo', 'Lima'] ('ada', 'Paris')
# expect: cy operator.attrgetter('name', 'address.city')
# expect: AttributeError: 'Address' object has no attribute 'zip'
# expect: TypeError: attribute name must be a string
