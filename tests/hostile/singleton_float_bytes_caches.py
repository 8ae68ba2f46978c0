# Pokes cached single-byte bytes, latin-1 chars and small floats: types' dicts, __init__, identity.
LEAKED = []
for b in (bytes([0]), bytes([255]), b"", chr(65), chr(0x100), 0.0, -0.0, 1.0, float("nan")):
    for how in (lambda: bytes.__init__(b, b"pwned"), lambda: float.__init__(b, 2.0),
                lambda: object.__setattr__(b, "x", 1), lambda: setattr(type(b), "x", 1),
                lambda: float.__new__(float, b).__init__(3.0), lambda: bytes.__new__(bytes, b) is b,
                lambda: str.__new__(str, b) is b):
        try: LEAKED.append(how())
        except Exception: pass
LEAKED = []
print(bytes([65]) == b"A", chr(65) == "A", 1.0 + 1.0)
