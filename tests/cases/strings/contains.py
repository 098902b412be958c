# The in operator on strings is a substring test.
text = "error: disk full on /dev/sda1"
print("disk" in text, "Disk" in text, "" in text, "sda1" in text)
print("x" not in text, "full on" in text, "é" in "café")
# expect: True False True True
# expect: True True True
