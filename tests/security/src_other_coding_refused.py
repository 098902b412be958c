# -*- coding: cp1252 -*-
# Any other coding declaration is refused.
print("€")
# expect error: 1:1: source encoding 'cp1252' is not supported (pith reads UTF-8, ASCII and Latin-1)
