# ext_roundtrip.py — 100 calls to a host function: the cost of suspending and resuming.
# ext: tool={"ok": true, "items": [1, 2, 3]}
seen = 0
for i in range(100):
    answer = tool(i, mode="fast")
    seen += len(answer["items"])
seen
