"""Assignment anywhere in a function makes a name local everywhere in it."""
count = 0


def increment():
    count += 1          # reads the local `count`, which has no value yet


print("compiled as local:", "count" in increment.__code__.co_varnames)
increment()
