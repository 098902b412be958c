# A small conversation state machine kept in an object.
class Conversation:
    def __init__(self):
        self.state = "start"
        self.history = []

    def handle(self, msg):
        self.history.append(msg)
        if self.state == "start" and msg == "hi":
            self.state = "greeted"
            return "hello!"
        if self.state == "greeted" and msg.endswith("?"):
            self.state = "answered"
            return "42"
        return "..."

    def __len__(self):
        return len(self.history)

c = Conversation()
for m in ["hi", "meaning of life?", "bye"]:
    print(c.handle(m), c.state)
print(len(c), c.history)
# expect: hello! greeted
# expect: 42 answered
# expect: ... answered
# expect: 3 ['hi', 'meaning of life?', 'bye']
