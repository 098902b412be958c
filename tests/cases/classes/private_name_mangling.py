class Account:
    def __init__(self, owner):
        self.__owner = owner
        self.__balance = 0

    def deposit(self, x):
        self.__balance += x
        return self.__balance

    def owner(self):
        return self.__owner

a = Account("ann")
a.deposit(5)
print(a.owner(), a.deposit(3), a._Account__balance)
try:
    a.__balance
except AttributeError as e:
    print(e)
# expect: ann 8 8
# expect: 'Account' object has no attribute '__balance'
