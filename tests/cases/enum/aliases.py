# A second name for an existing value is an alias: the same member, not listed when iterating.
from enum import Enum


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(Shape.ALIAS_FOR_SQUARE, Shape.ALIAS_FOR_SQUARE is Shape.SQUARE, list(Shape), len(Shape))
print(Shape(2), Shape["ALIAS_FOR_SQUARE"], list(Shape.__members__))
# expect: Shape.SQUARE True [<Shape.SQUARE: 2>, <Shape.DIAMOND: 1>, <Shape.CIRCLE: 3>] 3
# expect: Shape.SQUARE Shape.SQUARE ['SQUARE', 'DIAMOND', 'CIRCLE', 'ALIAS_FOR_SQUARE']
