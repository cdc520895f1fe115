pair = ([1, 2], "label")
inner = pair[0]
try:
    pair[0] += [3]
except TypeError:
    print("raised TypeError")

print("pair:", pair)
print("the list inside is the same object:", pair[0] is inner)

# The same statement, spelled out as the three steps Python performs:
tmp = pair[0]                 # 1. load the item
tmp = tmp.__iadd__([4])       # 2. extend the list in place; returns the list
print("after step 2:", pair)  #    the mutation has already happened
try:
    pair[0] = tmp             # 3. store the item back: this is what fails
except TypeError as exc:
    print("step 3 fails:", exc)
