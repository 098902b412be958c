# A traceback object leads to frames.
try:
    1 / 0
except ZeroDivisionError as e:
    print(e.__traceback__.tb_frame.f_globals)
# expect error: 5:13: attribute '__traceback__' is not supported
