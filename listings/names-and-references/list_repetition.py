shared = [[]] * 3                 # one inner list, three references to it
separate = [[] for _ in range(3)] # the expression [] runs three times

shared[0].append("x")
separate[0].append("x")
print("shared:  ", shared)
print("separate:", separate)

print("shared[0] is shared[2]:    ", shared[0] is shared[2])
print("separate[0] is separate[2]:", separate[0] is separate[2])

# Count distinct inner objects by identity; ids are compared, never printed.
print("distinct rows in shared:  ", len({id(row) for row in shared}))
print("distinct rows in separate:", len({id(row) for row in separate}))
