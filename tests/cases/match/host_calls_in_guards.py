# A host call in the subject, in a guard and in a case body: each suspends the run and resumes it (the case
# runner also replays every call through a snapshot), with the captures and the subject kept in the frame.
# host: lookup -> {"kind": "user", "id": 7}
# host: allowed -> true
# host: describe -> "described"
def process(key):
    match lookup(key):
        case {"kind": "admin"}:
            return "admin"
        case {"kind": "user", "id": uid} if allowed(uid):
            label = describe(uid)
            return f"user {uid} {label}"
        case other:
            return f"other {other}"


print(process("a"))
for k in ["x", "y"]:
    match process(k), k:
        case (str(s), "x") if allowed(s):
            print("first", s)
        case (s, _):
            print("second", s, describe(s))
# expect: user 7 described
# expect: first user 7 described
# expect: second user 7 described described
