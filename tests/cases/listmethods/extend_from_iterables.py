# extend accepts any iterable; += on a list mutates in place.
xs = [1]
xs.extend(range(2, 4))
xs.extend("ab")
xs.extend({9: 0})
ys = xs
ys += (7,)
print(xs, xs is ys)
# expect: [1, 2, 3, 'a', 'b', 9, 7] True
