# An agent fills {placeholders} from a dict with a replacement function, leaving unknown ones alone.
import re
values = {'name': 'Ada', 'count': 3}
def fill(m):
    key = m.group(1)
    return str(values[key]) if key in values else m.group(0)
print(re.sub(r'\{(\w+)\}', fill, 'Hi {name}, you have {count} new {things}.'))
camel = re.sub(r'(?<!^)(?=[A-Z])', '_', 'parseHTTPResponseCode').lower()
print(camel)
print(re.sub(r'_([a-z])', lambda m: m.group(1).upper(), 'snake_case_to_camel'))
# expect: Hi Ada, you have 3 new {things}.
# expect: parse_h_t_t_p_response_code
# expect: snakeCaseToCamel
