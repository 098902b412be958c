# Two missing required arguments to a known function.
def connect(host, port, timeout):
    return host
connect("db")
# expect error: 4:1: connect() missing 2 required positional arguments: 'port' and 'timeout'
