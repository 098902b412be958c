# An exception __exit__ does not suppress ends the program with CPython's message.
class Tx:
    def __enter__(self):
        print("begin")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("rollback" if exc_type else "commit")

with Tx():
    print("update")
with Tx():
    raise RuntimeError("constraint violated")
# expect: begin
# expect: update
# expect: commit
# expect: begin
# expect: rollback
# expect runtime error: RuntimeError: constraint violated
