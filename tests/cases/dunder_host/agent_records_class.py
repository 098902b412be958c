# An agent-style class wrapping tool results: lazy loading in __iter__, a cached property, a __str__ summary.
# host: search -> [{"title": "A", "score": 0.5}, {"title": "B", "score": 0.9}]
# host: summarize -> "two hits"
class Results:
    def __init__(self, query):
        self.query = query
        self._hits = None

    @property
    def hits(self):
        if self._hits is None:
            self._hits = search(self.query)
        return self._hits

    def __iter__(self):
        return iter(self.hits)

    def __len__(self):
        return len(self.hits)

    def __str__(self):
        return "%s: %s" % (self.query, summarize(self.query))

r = Results("pith")
print(r, len(r))
best = max(r, key=lambda h: h["score"])
print(best["title"], [h["title"] for h in r if h["score"] > 0.6])
# expect: pith: two hits 2
# expect: B ['B']
