"""Detect what the running interpreter does by experiment, not by its name."""
import gc
import importlib.machinery
import sys
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Traits:
    """Implementation traits, each found by an experiment or a feature test."""
    name: str
    frees_at_last_reference: bool  # True where references are counted
    gil: bool | None               # None: the interpreter does not say
    loads_c_extensions: bool


class Canary:
    freed = False

    def __del__(self) -> None:
        Canary.freed = True


def probe() -> Traits:
    """Measure the traits of the interpreter running this function."""
    gc.disable()                   # only reference counting can free it now
    canary = Canary()
    del canary
    gc.enable()
    is_gil_enabled = getattr(sys, "_is_gil_enabled", None)  # new in 3.13
    return Traits(
        name=sys.implementation.name,
        frees_at_last_reference=Canary.freed,
        gil=is_gil_enabled() if is_gil_enabled else None,
        loads_c_extensions=bool(importlib.machinery.EXTENSION_SUFFIXES),
    )


for trait, value in asdict(probe()).items():
    print(f"{trait:<24} {value}")
