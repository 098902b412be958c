# A final host call: the tool's result is the program's value.
# host: get_status -> {"ok": true, "count": 2}
get_status("svc")
# expect: {'ok': True, 'count': 2}
