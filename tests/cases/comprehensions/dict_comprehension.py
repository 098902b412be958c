# Dict comprehensions: inversion, filtering, later keys overwrite.
prices = {"apple": 3, "pear": 5, "fig": 3}
print({v: k for k, v in prices.items()})
print({k: v * 2 for k, v in prices.items() if v > 3})
print({i % 3: i for i in range(10)})
# expect: {3: 'fig', 5: 'pear'}
# expect: {'pear': 10}
# expect: {0: 9, 1: 7, 2: 8}
