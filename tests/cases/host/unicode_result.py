# Tool results with non-ASCII strings: len and slicing count code points.
# host: translate -> {"text": "Grüße aus Köln 🌍", "lang": "de"}
r = translate("greetings from Cologne", target="de")
t = r["text"]
print(t, len(t), t[-1], t[:5].upper())
print(repr(r["lang"]))
# expect: Grüße aus Köln 🌍 16 🌍 GRÜSSE
# expect: 'de'
