# Annotated class attributes and methods, as typed agent code writes them.
from typing import Optional, List

class Tool:
    name: str = "base"
    tags: Optional[List[str]] = None
    retries: int

    def run(self, query: str) -> str:
        pass

    def describe(self) -> "Tool":
        return self

class Echo(Tool):
    name = "echo"

    def run(self, query: str) -> str:
        return query * 2

print(Tool().run("x"), Echo().run("ab"), Echo().describe().name, Tool.tags, hasattr(Tool, "retries"))
# expect: None abab echo None False
