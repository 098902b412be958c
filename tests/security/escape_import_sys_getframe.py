# Frames through sys._getframe: pith has no sys module, so the import raises before anything else runs.
import sys
print(sys._getframe().f_globals)
# expect runtime error: ModuleNotFoundError: No module named 'sys'
# pith only: pith has no such module (or name) for a program to import; CPython imports it
