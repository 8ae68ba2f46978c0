# Abuses classmethod/staticmethod: __get__ with wrong owners, __init__ re-run, __new__ with odd types, __func__ swaps.
LEAKED = []
cm, sm = classmethod(len), staticmethod(len)
for d in (cm, sm, dict.__dict__["fromkeys"], int.__dict__["from_bytes"], str.__dict__["maketrans"]):
    for a in ((None,), (1,), (None, None), (1, int), (None, 5), ("x", "y", "z"), ()):
        try: LEAKED.append(d.__get__(*a))
        except Exception: pass
    for a in ((print,), (None,), (1, 2)):
        for T in (classmethod, staticmethod):
            try: T.__init__(d, *a)
            except Exception: pass
for T in (classmethod, staticmethod, property):
    for U in (bytes, int, list, T, type, classmethod if T is not classmethod else staticmethod):
        try: LEAKED.append(T.__new__(U))
        except Exception: pass
try: dict.fromkeys("ab"); int.from_bytes(b"\x01", "big"); str.maketrans("a", "b")
except Exception: pass
LEAKED = []
print(dict.fromkeys("ab"), int.from_bytes(b"\x01", "big"))
