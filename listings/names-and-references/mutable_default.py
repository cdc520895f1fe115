def add_tag(tag, tags=[]):
    tags.append(tag)
    return tags


print("defaults before any call:", add_tag.__defaults__)
first = add_tag("red")
second = add_tag("blue")
print("second call returned:    ", second)
print("both calls returned one object:", first is second)
print("it is the stored default:      ", first is add_tag.__defaults__[0])
print("defaults now:            ", add_tag.__defaults__)

add_tag.__defaults__ = ([],)      # defaults are an ordinary, writable attribute
print("after resetting:         ", add_tag("green"))
