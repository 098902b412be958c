# -*- coding: latin-1 -*-
# A Latin-1 coding declaration is honoured.
print("café", len("café"))
# pith only: the CPython cross-check reads sources as plain UTF-8; `python3 FILE` prints the same
# expect: cafÃ© 4
