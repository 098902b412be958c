# The built-in exception hierarchy as seen through issubclass.
pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
         (IndexError, LookupError), (UnicodeDecodeError, ValueError), (RecursionError, RuntimeError),
         (NotImplementedError, RuntimeError), (FileNotFoundError, OSError), (StopIteration, Exception),
         (Exception, BaseException), (KeyboardInterrupt, Exception), (AssertionError, Exception),
         (UnboundLocalError, NameError), (ModuleNotFoundError, ImportError), (TimeoutError, OSError)]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
# expect: ZeroDivisionError ArithmeticError True
# expect: OverflowError ArithmeticError True
# expect: KeyError LookupError True
# expect: IndexError LookupError True
# expect: UnicodeDecodeError ValueError True
# expect: RecursionError RuntimeError True
# expect: NotImplementedError RuntimeError True
# expect: FileNotFoundError OSError True
# expect: StopIteration Exception True
# expect: Exception BaseException True
# expect: KeyboardInterrupt Exception False
# expect: AssertionError Exception True
# expect: UnboundLocalError NameError True
# expect: ModuleNotFoundError ImportError True
# expect: TimeoutError OSError True
