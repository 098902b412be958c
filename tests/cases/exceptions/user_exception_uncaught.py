# An uncaught user exception prints its class name and message.
class ValidationError(ValueError):
    pass

def check(x):
    if x < 0:
        raise ValidationError(f"negative: {x}")
    return x

check(3)
check(-2)
# expect runtime error: ValidationError: negative: -2
