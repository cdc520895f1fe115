d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
print("len:", len(d))

print({True: "a", 1: "b", 1.0: "c"})
print("equal:", 1 == 1.0 == True, "| same hash:", hash(1) == hash(1.0) == hash(True))
