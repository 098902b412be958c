# Mixins contribute methods in MRO order; the first base wins.
class JsonMixin:
    def dump(self):
        return "json:" + str(self.data())

class TextMixin:
    def dump(self):
        return "text"

    def shout(self):
        return self.dump().upper()

class Record(JsonMixin, TextMixin):
    def data(self):
        return {"a": 1}

r = Record()
print(r.dump(), r.shout())
# expect: json:{'a': 1} JSON:{'A': 1}
