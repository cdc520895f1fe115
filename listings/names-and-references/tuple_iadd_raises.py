pair = ([1, 2], "label")
print("before:", pair)

pair[0] += [3]    # the list can grow, but the tuple slot cannot be reassigned

print("not reached")
