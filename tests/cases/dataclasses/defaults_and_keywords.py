# Fields with defaults become optional parameters; keyword arguments name fields.
from dataclasses import dataclass


@dataclass
class Config:
    name: str
    retries: int = 3
    verbose: bool = False
    ratio: float = 0.5


print(Config("a"))
print(Config("b", 5))
print(Config(name="c", verbose=True))
print(Config("d", ratio=1.25, retries=0))
print(Config.retries, Config.ratio)
# expect: Config(name='a', retries=3, verbose=False, ratio=0.5)
# expect: Config(name='b', retries=5, verbose=False, ratio=0.5)
# expect: Config(name='c', retries=3, verbose=True, ratio=0.5)
# expect: Config(name='d', retries=0, verbose=False, ratio=1.25)
# expect: 3 0.5
