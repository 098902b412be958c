# A final list expression.
rows = [1, 2]
rows.append("three")
rows
# expect: [1, 2, 'three']
