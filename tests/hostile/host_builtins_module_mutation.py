# Rebinds, deletes and shadows names in the builtins module (len, print, isinstance, Exception...) through every path.
import builtins, sys
LEAKED = []
E = BaseException
bd = builtins.__dict__
for op in (lambda: setattr(builtins, "len", lambda x: 0), lambda: delattr(builtins, "isinstance"),
           lambda: bd.__setitem__("repr", lambda x: "pwned"), lambda: bd.pop("Exception"),
           lambda: bd.update(print=None, True_=False), lambda: dict.__setitem__(bd, "int", str),
           lambda: bd.setdefault("pwned", 1), lambda: bd.__delitem__("KeyError"), lambda: bd.popitem(),
           lambda: setattr(builtins, "__dict__", {}), lambda: vars(builtins).__setitem__("sorted", None),
           lambda: type(sys).__init__(builtins, "hacked")):
    try: op(); LEAKED.append(1)
    except E: pass
try: bd.clear()
except E: pass
LEAKED = []
