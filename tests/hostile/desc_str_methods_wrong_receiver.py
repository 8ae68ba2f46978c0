# Calls every str/bytes method descriptor with wrong receivers and wrong argument counts (str.__dict__['upper'](1)).
LEAKED = []
recvs = (1, None, b"x", [], object(), str, "x", bytearray(b"y"))
args_sets = ((), (1,), ("a",), ("a", "b", "c", "d"), (None, None))
for T in (str, bytes, bytearray):
    for name, m in list(T.__dict__.items()):
        if name in ("maketrans",) or not callable(m): continue
        for r in recvs:
            for a in args_sets:
                try: m(r, *a)
                except Exception: pass
        try: m()
        except Exception: pass
print("a".upper(), b"a".upper())
