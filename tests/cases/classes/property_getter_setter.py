# property with a setter that validates and a deleter.
class Account:
    def __init__(self, balance):
        self._balance = 0
        self.balance = balance

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    @balance.deleter
    def balance(self):
        print("closing")
        self._balance = 0

a = Account(10)
a.balance += 5
print(a.balance)
try:
    a.balance = -1
except ValueError as e:
    print(e)
del a.balance
print(a.balance)
# expect: 15
# expect: balance cannot be negative
# expect: closing
# expect: 0
