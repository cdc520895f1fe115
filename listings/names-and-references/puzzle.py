def add_tag(tag, tags=[]):
    tags.append(tag)
    return tags


grid = [[]] * 3
grid[0].append("x")
print("grid:", grid)

print("first call: ", add_tag("red"))
print("second call:", add_tag("blue"))

pair = ([1, 2], "label")
try:
    pair[0] += [3]
except TypeError as exc:
    print("TypeError:", exc)
print("pair after the error:", pair)
