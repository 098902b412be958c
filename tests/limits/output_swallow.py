# except BaseException around print must not catch the output limit.
# limit: --max-output 10K
# expect limit: OutputLimitExceeded
while True:
    try:
        print("spam " * 20)
    except BaseException:
        pass
