# Agents name their types and annotate with them; the aliases are ordinary values at run time, and a snapshot
# taken at a host call keeps them.
# host: fetch_rows -> [[1, 2], [3, 4]]
from typing import Optional

Row = list[int]
Matrix = list[Row]
Scores = dict[str, float]
MaybeName = str | None


def transpose(m: Matrix) -> Matrix:
    return [list(col) for col in zip(*m)]


def best(scores: Scores, default: MaybeName = None) -> Optional[str]:
    return max(scores, key=scores.get) if scores else default


def parse(value: int | str | None) -> int:
    if isinstance(value, int | float):
        return int(value)
    return len(value or "")


rows: Matrix = fetch_rows("table")
print(transpose(rows))
print(best({"a": 0.5, "b": 0.9}), best({}, "nobody"))
print([parse(v) for v in [3, "four", None, 2.5]])
print(Row, Matrix, Scores, MaybeName)
empty: Scores = Scores()
empty["x"] = 1.0
print(empty, Matrix() == [])
registry = {Row: "rows", Scores: "scores"}
print(registry[list[int]])
# expect: [[1, 3], [2, 4]]
# expect: b nobody
# expect: [3, 4, 0, 2]
# expect: list[int] list[list[int]] dict[str, float] str | None
# expect: {'x': 1.0} True
# expect: rows
