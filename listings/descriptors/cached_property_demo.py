"""cached_property is a non-data descriptor that writes into the instance dict."""
from functools import cached_property


class Report:
    def __init__(self) -> None:
        self.runs = 0

    @cached_property
    def summary(self) -> str:
        self.runs += 1
        return f"summary #{self.runs}"


descr = vars(Report)["summary"]
print("__get__:", hasattr(descr, "__get__"), " __set__:", hasattr(descr, "__set__"))

r = Report()
print("before:", "summary" in vars(r))
print(r.summary, r.summary, r.summary)     # computed once
print("after: ", "summary" in vars(r), "runs =", r.runs)

del r.summary                              # deletes the dict entry
print(r.summary, "runs =", r.runs)         # computed again

r.summary = "overridden"                   # plain assignment, no __set__
print(r.summary)
