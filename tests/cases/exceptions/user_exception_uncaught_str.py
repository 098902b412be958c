# The traceback's last line uses the class's own __str__.
class QuotaError(Exception):
    def __init__(self, used, limit):
        super().__init__(used, limit)
        self.used = used
        self.limit = limit

    def __str__(self):
        return f"used {self.used} of {self.limit}"

raise QuotaError(12, 10)
# expect runtime error: QuotaError: used 12 of 10
