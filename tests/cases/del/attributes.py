# del obj.attr: function attributes come and go; builtin values refuse with CPython's messages.
def tool():
    return "ok"


tool.retries = 3
tool.cache = {}
del tool.retries
print(hasattr(tool, "retries"), hasattr(tool, "cache"))


def attempt(f):
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)


def again():
    del tool.retries


def int_real():
    n = 5
    del n.real


def list_method():
    items = []
    del items.append


def exc_args():
    e = ValueError("x")
    del e.args


def class_attr():
    del int.bit_length


attempt(again)
attempt(int_real)
attempt(list_method)
attempt(exc_args)
attempt(class_attr)
del tool.cache
print(tool())
# expect: False True
# expect: AttributeError: 'function' object has no attribute 'retries'
# expect: AttributeError: attribute 'real' of 'int' objects is not writable
# expect: AttributeError: 'list' object attribute 'append' is read-only
# expect: TypeError: args may not be deleted
# expect: TypeError: cannot set 'bit_length' attribute of immutable type 'int'
# expect: ok
