# Several float() failures, caught.
for raw in ["abc", "", "1.2.3", "1,5", " "]:
    try:
        print(float(raw))
    except ValueError as e:
        print("bad:", e)
# expect: bad: could not convert string to float: 'abc'
# expect: bad: could not convert string to float: ''
# expect: bad: could not convert string to float: '1.2.3'
# expect: bad: could not convert string to float: '1,5'
# expect: bad: could not convert string to float: ' '
