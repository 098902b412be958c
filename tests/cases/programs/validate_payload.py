# Validate a payload, collect every problem, then raise one error listing them all.
# input: payload = {"email": "ada@example", "age": "37", "tags": "x"}
problems = []
if "@" not in payload.get("email", ""):
    problems.append("email")
age = payload.get("age")
if not isinstance(age, int):
    problems.append("age not int")
if not isinstance(payload.get("tags"), list):
    problems.append("tags not list")
print(problems)
if problems:
    raise ValueError("invalid payload: " + ", ".join(problems))
# expect: ['age not int', 'tags not list']
# expect runtime error: ValueError: invalid payload: age not int, tags not list
