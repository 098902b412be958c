# Mean, min, max and a sample variance computed by hand.
xs = [2, 4, 4, 4, 5, 5, 7, 9]
n = len(xs)
mean = sum(xs) / n
var = 0
for x in xs:
    var += (x - mean) ** 2
var = var / (n - 1)
print(n, mean, min(xs), max(xs), var)
# expect: 8 5.0 2 9 4.571428571428571
