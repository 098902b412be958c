# breakpoint() would start a debugger.
breakpoint()
# expect error: 2:1: name 'breakpoint' is not defined
