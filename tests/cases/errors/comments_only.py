# A file with only comments is a valid program that prints nothing.
# (No expectations: stdout must be empty and the exit status 0.)

#   indented comment
