# sort in place, with key= and reverse=; the sort is stable.
nums = [5, 2, 9, 1, 5, 6]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "date", "fig"]
words.sort()
print(words)
def length(w):
    return len(w)
words.sort(key=length)
print(words)
words.sort(key=length, reverse=True)
print(words)
def lower(w):
    return w.lower()
words.sort(key=lower)
print(words)
print(nums.sort())
# expect: [1, 2, 5, 5, 6, 9]
# expect: [9, 6, 5, 5, 2, 1]
# expect: ['Apple', 'banana', 'cherry', 'date', 'fig']
# expect: ['fig', 'date', 'Apple', 'banana', 'cherry']
# expect: ['banana', 'cherry', 'Apple', 'date', 'fig']
# expect: ['Apple', 'banana', 'cherry', 'date', 'fig']
# expect: None
