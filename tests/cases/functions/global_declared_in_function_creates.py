# A global statement can create a new module-level name.
def setup():
    global config
    config = {"debug": True}
setup()
print(config)
# expect: {'debug': True}
