# A pipeline of generators that each call a tool, consumed by a dict comprehension, sorted and unpacked.
# host: lookup_user -> {"name": "Ada", "score": 3}
def user_ids():
    for uid in [3, 1, 2]:
        yield uid

def enrich(ids):
    for uid in ids:
        info = lookup_user(uid)
        yield uid, info["name"] + str(uid), info["score"] * uid

rows = list(enrich(user_ids()))
by_id = {uid: name for uid, name, _ in enrich(user_ids())}
best_id, best_name, best_score = max(enrich(user_ids()), key=lambda r: r[2])
names = sorted(name for _, name, _ in enrich(user_ids()))
print(rows)
print(by_id)
print(best_id, best_name, best_score, names)
# expect: [(3, 'Ada3', 9), (1, 'Ada1', 3), (2, 'Ada2', 6)]
# expect: {3: 'Ada3', 1: 'Ada1', 2: 'Ada2'}
# expect: 3 Ada3 9 ['Ada1', 'Ada2', 'Ada3']
