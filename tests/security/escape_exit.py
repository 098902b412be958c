# exit() is a site builtin, not part of the language.
exit(3)
# expect error: 2:1: name 'exit' is not defined
