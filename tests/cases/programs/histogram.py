# Bucket latencies into a text histogram.
lat = [12, 45, 7, 230, 99, 101, 180, 5, 64, 300]
edges = [50, 100, 200]
labels = ["<50", "<100", "<200", ">=200"]
counts = [0, 0, 0, 0]
for v in lat:
    i = 0
    while i < len(edges) and v >= edges[i]:
        i += 1
    counts[i] += 1
for i in range(len(labels)):
    print(labels[i] + " " * (6 - len(labels[i])) + "#" * counts[i], counts[i])
print(sum(counts) == len(lat))
# expect: <50   #### 4
# expect: <100  ## 2
# expect: <200  ## 2
# expect: >=200 ## 2
# expect: True
