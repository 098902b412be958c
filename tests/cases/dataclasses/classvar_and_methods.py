# ClassVar annotations are not fields; properties, classmethods and staticmethods work as usual.
from dataclasses import dataclass, fields
from typing import ClassVar


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    bank: ClassVar[str] = "pith bank"
    count: ClassVar[int] = 0

    @property
    def rich(self):
        return self.balance > 100

    @classmethod
    def empty(cls, owner):
        return cls(owner)

    @staticmethod
    def fee():
        return 2.5


a = Account.empty("zoe")
print(a, a.rich, Account("x", 500).rich, Account.bank, Account.fee(), [f.name for f in fields(a)])
# expect: Account(owner='zoe', balance=0.0) False True pith bank 2.5 ['owner', 'balance']
