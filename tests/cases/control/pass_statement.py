# pass in every block position.
def noop():
    pass
if True:
    pass
for i in range(2):
    pass
print(noop())
# expect: None
