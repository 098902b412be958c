# demo.py — the README demo: an agent-style snippet that calls a host tool and reshapes its answers.
# The host declares get_weather(city); `make demo` answers every call with the same JSON object.
# Uses only pith's subset: def with defaults/keywords, loops, try/except, lists, dicts, str building.


def to_fahrenheit(celsius):
    return celsius * 9 / 5 + 32


def describe(report, warm_at=20.0):
    temp = report.get("temp_c", 0.0)
    if temp >= warm_at:
        feel = "warm"
    elif temp >= 10:
        feel = "mild"
    else:
        feel = "cold"
    return report["city"] + ": " + str(temp) + " C / " + str(to_fahrenheit(temp)) + " F, " + feel


cities = ["Paris", "Lyon", "Nice"]
reports = []
for city in cities:
    try:
        answer = get_weather(city)
    except Exception as e:
        print("lookup failed for " + city + ": " + repr(e))
        continue
    reports.append({"city": city, "temp_c": float(answer.get("temp_c", 0.0))})

warm = []
temps = []
for r in reports:
    print(describe(r, warm_at=18.0))
    temps.append(r["temp_c"])
    if r["temp_c"] >= 18.0:
        warm.append(r["city"])

summary = {
    "asked": len(cities),
    "answered": len(reports),
    "warm": warm,
    "coldest": min(temps),
    "mean_c": sum(temps) / len(temps),
}
summary
