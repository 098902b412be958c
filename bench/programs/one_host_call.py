# one_host_call.py — the smallest durable agent step: one host call, then a result. With snapshots this is
# start -> dump -> load -> resume (the "run via snapshots" column).
# ext: tool=5
x = tool(1)
x + 1
