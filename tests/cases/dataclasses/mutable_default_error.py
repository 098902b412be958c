# A list, dict or set as a plain default is refused when the class is made.
from dataclasses import dataclass

print("start")


@dataclass
class Bag:
    things: list = []
# expect: start
# expect runtime error: ValueError: mutable default <class 'list'> for field things is not allowed: use default_factory
