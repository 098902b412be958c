# Frames through sys._getframe.
import sys
print(sys._getframe().f_globals)
# expect error: 2:1: import of module 'sys' is not supported
