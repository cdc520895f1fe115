numbers = [1, 2, 2, 3, 4, 4, 5]
for n in numbers:
    if n % 2 == 0:
        numbers.remove(n)  # shifts the tail left under the iterator's index
print("in place:", numbers)

numbers = [1, 2, 2, 3, 4, 4, 5]
numbers[:] = [n for n in numbers if n % 2 != 0]  # build, then swap contents
print("rebuilt: ", numbers)
