# Class attributes are shared until an instance shadows them; assigning on the class changes every reader.
class Config:
    retries = 3
    tags = []

a, b = Config(), Config()
a.retries = 5
print(a.retries, b.retries, Config.retries)
Config.retries = 7
print(a.retries, b.retries)
a.tags.append("x")
print(b.tags, Config.tags is a.tags)
# expect: 5 3 3
# expect: 5 7
# expect: ['x'] True
