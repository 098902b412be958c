# f-strings interpolate expressions, calls and nested quotes.
name, n = "ann", 3
items = {"a": 1}
print(f"{name} has {n} items, {n * 2} doubled, {len(name)} chars")
print(f"{items['a']} {'yes' if n > 2 else 'no'} {[x for x in range(n)]}")
print(f"{{literal}} {n}{{}}")
# expect: ann has 3 items, 6 doubled, 3 chars
# expect: 1 yes [0, 1, 2]
# expect: {literal} 3{}
