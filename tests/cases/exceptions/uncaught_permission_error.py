# An uncaught PermissionError-style OSError subclass with a message (raised by the program).
raise PermissionError("access to /etc denied")
# expect runtime error: PermissionError: access to /etc denied
