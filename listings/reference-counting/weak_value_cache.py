import weakref


class Texture:
    loads = 0

    def __init__(self, path):
        Texture.loads += 1
        self.path = path


cache = weakref.WeakValueDictionary()


def load(path):
    """Return the live Texture for path, loading it only if nobody holds one."""
    tex = cache.get(path)
    if tex is None:
        tex = cache[path] = Texture(path)
    return tex


a = load("grass.png")
b = load("grass.png")
print("same object:", a is b, "| loads:", Texture.loads, "| cached:", len(cache))
del a, b
print("after the last user lets go, cached:", len(cache))
c = load("grass.png")
print("loading again reloads it, loads:", Texture.loads)
