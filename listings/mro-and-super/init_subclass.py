"""__init_subclass__ runs on the parent whenever a subclass is created."""


class Plugin:
    registry: dict[str, type] = {}

    def __init_subclass__(cls, /, key: str | None = None, **kwargs):
        super().__init_subclass__(**kwargs)      # stay cooperative
        cls.key = key or cls.__name__.lower()
        Plugin.registry[cls.key] = cls
        print(f"  registered {cls.__name__} as {cls.key!r}")


class CSVReader(Plugin, key="csv"):
    pass


class JSONReader(Plugin):
    pass


class StrictCSV(CSVReader, key="strict-csv"):    # grandchildren too
    pass


print(sorted(Plugin.registry))
print(type(vars(Plugin)["__init_subclass__"]).__name__)   # implicit classmethod
try:
    class Broken(Plugin, colour="red"):          # unknown keyword reaches object
        pass
except TypeError as exc:
    print("TypeError:", exc)
