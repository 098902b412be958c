# An uncaught failed import ends the run with its traceback line.
print("first")
import pith_missing_at_end
print("never")
# expect: first
# expect runtime error: ModuleNotFoundError: No module named 'pith_missing_at_end'
