# StrEnum members are strs: str() is the value, auto() is the lower-cased name, str methods work.
from enum import StrEnum, auto


class Method(StrEnum):
    GET = auto()
    POST = auto()
    CUSTOM = "X-Custom"


print(Method.GET, repr(Method.POST), Method.CUSTOM, f"{Method.GET}/{Method.POST}")
print(Method.GET == "get", Method.POST.upper(), Method.CUSTOM.lower(), "get" in [Method.GET], len(Method.CUSTOM))
print(Method("post"), isinstance(Method.GET, str), Method.GET + "!", sorted(Method))
# expect: get <Method.POST: 'post'> X-Custom get/post
# expect: True POST x-custom True 8
# expect: post True get! [<Method.CUSTOM: 'X-Custom'>, <Method.GET: 'get'>, <Method.POST: 'post'>]
