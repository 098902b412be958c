# An undefined name inside a function body is caught before anything runs.
def score(x):
    return x * weight
print(score(2))
# expect error: 3:16: name 'weight' is not defined
