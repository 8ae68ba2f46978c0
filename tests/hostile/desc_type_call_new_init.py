# Calls type.__call__/__new__/__init__ with wrong receivers, incompatible bases and re-runs type.__init__ on builtin types.
LEAKED = []
for a in ((int,), (1,), (type,), (type, "X", (), {}), (str, 5), (object,), (len, 1)):
    try: type.__call__(*a)
    except Exception: pass
for a in ((type, "X", (int, str), {}), (type, "X", (list, dict), {}), (int, "X", (), {}), (type, "X", (bool,), {}),
          (type, "X", (), {"__slots__": ("__dict__", "__dict__")}), (type, "X", (), {"__slots__": 1}),
          (type, "X", (), {"__qualname__": 5}), (type, 1, (), {}), (type, "X", (1,), {}), (type, "X", (), []),
          (type, "X", (type(None),), {}), (type, "X", (type(len),), {}), (type, "X", (int,), {"__slots__": ("a",)})):
    try: LEAKED.append(type.__new__(*a))
    except Exception: pass
for t in (int, str, object, type):
    for a in (("X", (), {}), (), ("X",), ("X", (str,), {"upper": 1})):
        try: type.__init__(t, *a)
        except Exception: pass
LEAKED = []
print(int.__name__, str.__bases__, type(type) is type)
