class Field:
    """A column declaration; type.__new__ tells it the name it is bound to."""
    def __init__(self, sql_type: str, primary_key: bool = False) -> None:
        self.sql_type, self.primary_key = sql_type, primary_key

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def ddl(self) -> str:
        return f"{self.name} {self.sql_type}" + " PRIMARY KEY" * self.primary_key

class ModelMeta(type):
    """Collects Fields in definition order and gives the class SQL methods."""
    def __new__(mcls, name: str, bases: tuple, ns: dict, table: str = ""):
        cls = super().__new__(mcls, name, bases, ns)
        cls.fields = [v for v in ns.values() if isinstance(v, Field)]
        cls.table = table or name.lower()
        return cls

    def create_sql(cls) -> str:                  # a method of the *class*
        return f"CREATE TABLE {cls.table} ({', '.join(f.ddl() for f in cls.fields)})"

class Model(metaclass=ModelMeta):
    def __init__(self, **values: object) -> None:
        for f in self.fields:
            setattr(self, f.name, values[f.name])  # shadows the class's Field

    def insert_sql(self) -> tuple[str, tuple]:
        names = [f.name for f in self.fields]
        cols, marks = ", ".join(names), ", ".join("?" * len(names))
        return (f"INSERT INTO {self.table} ({cols}) VALUES ({marks})",
                tuple(getattr(self, n) for n in names))

class User(Model, table="users"):
    id = Field("INTEGER", primary_key=True)
    name = Field("TEXT")

print(User.create_sql())
print(*User(id=1, name="Ada").insert_sql())
print(hasattr(User, "create_sql"), hasattr(User(id=2, name="Bo"), "create_sql"))
