# A __str__ the enum defines is what print, str() and f-strings use; repr stays the enum's.
from enum import Enum, auto


class Role(Enum):
    USER = auto()
    ASSISTANT = auto()

    def __str__(self):
        return self.name.lower()


print(Role.USER, str(Role.ASSISTANT), f"{Role.USER}:", "{}".format(Role.ASSISTANT), repr(Role.USER))
print(f"[{Role.USER:>8}]", [str(r) for r in Role])
# expect: user assistant user: assistant <Role.USER: 1>
# expect: [    user] ['user', 'assistant']
