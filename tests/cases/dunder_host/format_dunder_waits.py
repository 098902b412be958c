# __format__ that calls the host, through f-strings with and without a spec and format().
# host: currency -> "EUR"
class Money:
    def __init__(self, amount):
        self.amount = amount

    def __format__(self, spec):
        text = format(self.amount, spec or ".2f")
        return text + " " + currency()

m = Money(12.5)
print(f"{m}", f"{m:.1f}", format(m), format(m, "08.3f"))
# expect: 12.50 EUR 12.5 EUR 12.50 EUR 0012.500 EUR
