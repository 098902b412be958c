# match and case stay ordinary names everywhere a statement does not start with them as keywords.
match = [1, 2]
case = {"a": 1}
print(match[0], case["a"])
match[0] = 5
match.append(3)
print(match)
def match_(match):
    return match
print(match_(match=4))
_ = 7
print(_)
match (match[0]):
    case 5:
        print("five")
# expect: 1 1
# expect: [5, 2, 3]
# expect: 4
# expect: 7
# expect: five
