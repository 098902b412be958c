# Dispatching on JSON-like tool results, as agents do after a host call; the subject is a host value.
# host: fetch_weather -> {"status": "ok", "data": {"city": "Paris", "temp_c": 21.5, "tags": ["sunny", "warm"]}}
# host: fetch_error -> {"status": "error", "error": {"code": 404, "message": "not found"}}
def summarize(result):
    match result:
        case {"status": "ok", "data": {"city": str(city), "temp_c": float(t) | int(t), **more}}:
            return f"{city}: {t}C, extra={sorted(more)}"
        case {"status": "error", "error": {"code": 400 | 404 as code, "message": msg}}:
            return f"client error {code}: {msg}"
        case {"status": "error"}:
            return "other error"
        case _:
            return "unexpected"


print(summarize(fetch_weather("Paris")))
print(summarize(fetch_error("x")))
match fetch_weather("Rome"):
    case {"data": {"tags": [first, *rest]}}:
        print(first, rest)
# expect: Paris: 21.5C, extra=['tags']
# expect: client error 404: not found
# expect: sunny ['warm']
