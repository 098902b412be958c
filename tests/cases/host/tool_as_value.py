# A tool stored in a variable and passed to a helper.
# host: ping -> "pong"
def call_twice(fn, arg):
    return [fn(arg), fn(arg)]
f = ping
print(call_twice(f, "host-1"))
# expect: ['pong', 'pong']
