# Sliding-window averages with slicing and a generator expression.
vals = [3, 5, 2, 8, 6, 9, 1]
k = 3
avgs = [sum(vals[i:i + k]) / k for i in range(len(vals) - k + 1)]
print([f"{a:.2f}" for a in avgs])
best = max(range(len(avgs)), key=lambda i: avgs[i])
print(best, vals[best:best + k])
# expect: ['3.33', '5.00', '5.33', '7.67', '5.33']
# expect: 3 [8, 6, 9]
