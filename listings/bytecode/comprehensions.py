import dis


def squares(data):
    x = "outer"
    result = [x * x for x in data]       # the comprehension has its own x
    return result, x


def lazy_squares(data):
    return (x * x for x in data)


for func in (squares, lazy_squares):
    nested = [c.co_name for c in func.__code__.co_consts if hasattr(c, "co_code")]
    print(f"{func.__name__:<13} nested code objects: {nested}")

print("squares([1, 2, 3]) ->", squares([1, 2, 3]))
saves_outer_x = any(i.opname == "LOAD_FAST_AND_CLEAR" for i in dis.get_instructions(squares))
print("squares saves and restores the outer x itself:", saves_outer_x)
