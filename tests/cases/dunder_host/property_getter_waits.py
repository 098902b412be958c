# A property getter that calls the host is read like an attribute; setters still work.
# host: get_balance -> 100
class Account:
    def __init__(self, owner):
        self.owner = owner
        self._bonus = 0

    @property
    def balance(self):
        return get_balance(self.owner) + self._bonus

    @property
    def bonus(self):
        return self._bonus

    @bonus.setter
    def bonus(self, v):
        self._bonus = v

a = Account("ada")
print(a.balance)
a.bonus = 5
print(a.balance, a.bonus, f"{a.balance:>6}")
total = sum(acc.balance for acc in [a, Account("bob")])
print(total)
# expect: 100
# expect: 105 5    105
# expect: 205
