# Mutates the descriptor objects stored in builtin types' dicts (setattr, __dict__, __init__ re-run, __set_name__) to taint them for everyone.
LEAKED = []
for T in (str, bytes, int, float, dict, list, object, type, BaseException, tuple, set):
    for name, v in list(T.__dict__.items()):
        for op in (lambda: setattr(v, "x", 1), lambda: setattr(v, "__doc__", "pwned"), lambda: setattr(v, "__name__", "pwned"),
                   lambda: v.__dict__.__setitem__("x", 1), lambda: type(v).__init__(v, len),
                   lambda: type(v).__init__(v), lambda: v.__set_name__(T, "zz"), lambda: setattr(v, "__wrapped__", len),
                   lambda: setattr(v, "__func__", len), lambda: setattr(v, "__objclass__", int)):
            try: op(); LEAKED.append((T.__name__, name))
            except Exception: pass
LEAKED = []
print(str.maketrans("a", "b"), dict.fromkeys("a"), int.from_bytes(b"\x02", "big"), str.upper.__name__)
