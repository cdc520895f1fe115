a = [1, 2]
b = a                # bind a second name to the same object
print("same object:", a is b)

b.append(3)          # mutate the object through one name
print("a sees it:  ", a)

b = [9]              # rebind b; the list a names is untouched
print("after rebinding b, a =", a, "b =", b)
print("same object:", a is b)

n = 10
m = n
m += 1               # ints are immutable: += builds a new int and rebinds m
print("n =", n, "m =", m)
