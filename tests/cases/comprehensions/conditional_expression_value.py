# A conditional expression in the element position (not a filter).
print(["even" if n % 2 == 0 else "odd" for n in range(5)])
# expect: ['even', 'odd', 'even', 'odd', 'even']
