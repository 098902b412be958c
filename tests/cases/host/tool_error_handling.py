# Handling a tool result that lacks an expected field.
# host: fetch_page -> {"status": 404, "body": ""}
resp = fetch_page("https://example.com/missing")
try:
    data = resp["json"]
except KeyError as e:
    print("no json field:", e)
    data = None
if resp["status"] != 200:
    print("HTTP", resp["status"])
print(data)
print(resp["headers"])
# expect: no json field: 'json'
# expect: HTTP 404
# expect: None
# expect runtime error: KeyError: 'headers'
