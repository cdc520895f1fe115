"""A closure is code plus a tuple of cells, and you can supply the cells."""
import types


def make_multiplier(factor: int):
    def multiply(x: int) -> int:
        return x * factor
    return multiply


triple = make_multiplier(3)
print("triple(5):", triple(5), "| freevars:", triple.__code__.co_freevars)

# Same code object, a cell of our own: a new closure without calling the factory.
cell = types.CellType(10)
times_ten = types.FunctionType(triple.__code__, triple.__globals__,
                               "times_ten", None, (cell,))
print("times_ten(5):", times_ten(5))

cell.cell_contents = 100             # cells are writable boxes
print("after writing the cell:", times_ten(5))

triple.__closure__[0].cell_contents = 4
print("even an existing closure:", triple(5))
