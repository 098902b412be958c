# Generator pipelines, as agents write them.
def read_lines(text):
    for line in text.split("\n"):
        yield line

def non_empty(lines):
    for line in lines:
        if line.strip():
            yield line.strip()

def parse(lines):
    for line in lines:
        key, _, value = line.partition("=")
        yield key, int(value)

text = "a=1\n\nb=2\n  c=3  \n"
config = dict(parse(non_empty(read_lines(text))))
print(config)

def batched(items, n):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch

print(list(batched(range(7), 3)))
# expect: {'a': 1, 'b': 2, 'c': 3}
# expect: [[0, 1, 2], [3, 4, 5], [6]]
