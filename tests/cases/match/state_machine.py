# match inside a function that waits on the host (a state machine): the subject, sub-subjects and captures
# survive each suspension, in loops and nested matches, with break/continue/return inside cases.
# host: classify -> {"label": "spam", "score": 0.93, "spans": [[0, 4], [10, 12]]}
def triage(messages):
    kept = []
    for m in messages:
        match m:
            case {"skip": True}:
                continue
            case {"stop": True}:
                break
            case {"text": str(text)} if classify(text)["score"] > 0.5:
                match classify(text):
                    case {"label": "spam" as label, "spans": [[start, end], *others]}:
                        kept.append((label, start, end, len(others)))
                    case _:
                        kept.append("other")
            case {"text": text}:
                kept.append(("plain", text))
    return kept


print(triage([{"text": "buy now"}, {"skip": True}, {"text": "hello"}, {"stop": True}, {"text": "late"}]))


def first_label(items):
    for item in items:
        match classify(item):
            case {"label": label} if label != "ham":
                return label
    return None


print(first_label(["a", "b"]))
# expect: [('spam', 0, 4, 1), ('spam', 0, 4, 1)]
# expect: spam
