"""The smallest stack machine: three instructions, after Byterun."""

program = {
    "instructions": [("LOAD_VALUE", 0), ("LOAD_VALUE", 1),
                     ("ADD_TWO_VALUES", None), ("LOAD_VALUE", 2),
                     ("ADD_TWO_VALUES", None), ("PRINT_ANSWER", None)],
    "numbers": [7, 5, 30],
}


class Interpreter:
    """A value stack, and one method per instruction."""

    def __init__(self) -> None:
        self.stack: list[int] = []

    def LOAD_VALUE(self, number: int) -> None:
        self.stack.append(number)

    def ADD_TWO_VALUES(self) -> None:
        right, left = self.stack.pop(), self.stack.pop()
        self.stack.append(left + right)

    def PRINT_ANSWER(self) -> None:
        print("answer:", self.stack.pop())

    def run(self, what: dict) -> None:
        for op, arg in what["instructions"]:
            method = getattr(self, op)          # decode: name -> behaviour
            if arg is None:
                method()
            else:
                method(what["numbers"][arg])    # the argument is an index
            print(f"  {op:<15} stack={self.stack}")


Interpreter().run(program)
