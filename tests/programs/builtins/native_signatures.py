# Calls that break a builtin's declared parameters, through every calling
# convention CPython has (no arguments, one argument, clinic positional,
# clinic keywords, PyArg_ParseTuple, *args), via the type's descriptor and
# via a bound method; and the text signatures CPython shows.
calls = [
    lambda: "".upper(1), lambda: "".upper(x=1), lambda: [].append(), lambda: [].append(1, 2),
    lambda: [].append(x=1), lambda: "".center(), lambda: "".center(1, 2, 3),
    lambda: "".center(1, x=2), lambda: divmod(1), lambda: divmod(1, y=2),
    lambda: "".split(1, 2, 3), lambda: "".split(x=1), lambda: "".split(1, sep=2),
    lambda: "".split(maxsplit=1, sep=None, x=1), lambda: sorted(), lambda: sorted([], 1),
    lambda: sorted([], cmp=1), lambda: int.from_bytes(), lambda: int.from_bytes(b"", "big", 1),
    lambda: (1).to_bytes(1, 2, 3), lambda: len(), lambda: len(1, 2), lambda: globals(1),
    lambda: bytes.fromhex(), lambda: str.maketrans(), lambda: [].sort(1),
    lambda: [].sort(key=1, x=2), lambda: dict.fromkeys(), lambda: dict.fromkeys(x=1),
    lambda: "".count(), lambda: b"".count(1, 2, 3, 4), lambda: b"".count(x=1),
    lambda: "".count(x=1), lambda: set().union(x=1), lambda: object.__subclasshook__(x=1),
    lambda: {}.get(), lambda: {}.pop(), lambda: round(), lambda: round(1, 2, 3),
    lambda: sum(), lambda: sum(start=0), lambda: sum([], 0, 1), lambda: pow(),
    lambda: isinstance(1), lambda: getattr(1), lambda: iter(), lambda: next(), lambda: min(),
    lambda: print(x=1), lambda: "".replace(1), lambda: [].insert(1), lambda: [].pop(1, 2),
    lambda: (1).__round__(1, 2), lambda: "".join(), lambda: float.fromhex(),
    lambda: (lambda f: f(1))("".upper), lambda: (lambda f: f())([].append),
    lambda: (lambda f: f(x=1))("".count), lambda: (lambda f: f(x=1))(set().union),
    lambda: (lambda f: f(x=1))("".center), lambda: (lambda f: f(1, x=1))("".center),
    lambda: str.upper(), lambda: str.upper("a", "b"), lambda: (x for x in ()).throw(),
    lambda: (x for x in ()).send(), lambda: [].index(), lambda: ().count(),
]
for call in calls:
    try:
        call()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
for f in [str.split, str.center, list.append, len, sorted, print, dict.fromkeys,
          int.__new__, str.__eq__, "".split, [].append, divmod, sum, round]:
    print(getattr(f, "__qualname__", f), f.__text_signature__)
