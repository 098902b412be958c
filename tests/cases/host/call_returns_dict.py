# A tool returning a dict; the program reads fields out of it.
# host: get_weather -> {"city": "Paris", "temp_c": 21.5, "conditions": ["sunny", "windy"]}
w = get_weather("Paris")
print(w["city"], w["temp_c"], len(w["conditions"]))
print(w["temp_c"] * 9 / 5 + 32)
print(w)
# expect: Paris 21.5 2
# expect: 70.7
# expect: {'city': 'Paris', 'temp_c': 21.5, 'conditions': ['sunny', 'windy']}
