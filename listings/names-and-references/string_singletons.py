import sys

empty = ""
text = "abc"
checks = {
    "chr(97) is chr(97)": chr(97) is chr(97),
    "chr(300) is chr(300)": chr(300) is chr(300),
    "text[0:1] is text[0]": text[0:1] is text[0],
    "''.join([]) is empty": "".join([]) is empty,
    "str() is empty": str() is empty,
    "all equal, always": "".join([]) == empty == str() and text[0:1] == text[0],
}
print("implementation:", sys.implementation.name)
for expression, result in checks.items():
    print(f"  {expression:22} {result}")
