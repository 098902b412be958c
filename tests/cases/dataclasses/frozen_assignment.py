# frozen=True: assigning or deleting a field raises FrozenInstanceError (an AttributeError).
from dataclasses import dataclass, FrozenInstanceError


@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "EUR"


m = Money(5)
try:
    m.amount = 6
except FrozenInstanceError as e:
    print("frozen:", e)
try:
    del m.currency
except AttributeError as e:
    print(type(e).__name__, e)
try:
    m.extra = 1
except FrozenInstanceError as e:
    print(e)
print(m, hash(m) == hash(Money(5)), {m: "five"}[Money(5, "EUR")])
# expect: frozen: cannot assign to field 'amount'
# expect: FrozenInstanceError cannot delete field 'currency'
# expect: cannot assign to field 'extra'
# expect: Money(amount=5, currency='EUR') True five
