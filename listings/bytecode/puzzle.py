def seconds_per_week():
    return 7 * 24 * 60 * 60


def is_vowel(letter):
    return letter in ["a", "e", "i", "o", "u"]


# Neither function has been called yet.
print(604800 in seconds_per_week.__code__.co_consts)
print(("a", "e", "i", "o", "u") in is_vowel.__code__.co_consts)
print(seconds_per_week(), is_vowel("e"))
