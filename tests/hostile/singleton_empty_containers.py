# Tries to mutate the shared empty tuple/str/bytes/frozenset (and cached 1-char strings) through methods of other types.
LEAKED = []
for e in ((), "", b"", frozenset(), "a", b"a", chr(0), chr(255)):
    for how in (lambda: list.extend(e, [1]), lambda: set.add(e, 1), lambda: frozenset.__init__(e, [1]),
                lambda: tuple.__init__(e, [1]), lambda: bytearray.extend(e, b"x"), lambda: set.update(e, [1]),
                lambda: type(e).__new__(type(e), [1]).__init__([2]), lambda: list.__init__(e, [1]),
                lambda: dict.__init__(e, a=1), lambda: set.__ior__(e, {1}), lambda: list.__iadd__(e, [1])):
        try: how(); LEAKED.append(e)
        except Exception: pass
LEAKED = []
print(len(()), len(""), len(frozenset()), () == tuple(), chr(97) == "a")
