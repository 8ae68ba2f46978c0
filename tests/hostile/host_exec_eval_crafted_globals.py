# exec/eval with crafted globals/locals: dict subclasses with __missing__, fake __builtins__, mappings that mutate on lookup.
LEAKED = []
class G(dict):
    def __missing__(self, k): LEAKED.append(k); return len
    def __getitem__(self, k): return dict.__getitem__(self, k) if k in self else self.__missing__(k)
class Loc:
    def __getitem__(self, k):
        if k == "x": raise KeyError(k)
        return 1
    def __setitem__(self, k, v): globals()["pwned"] = v
for g in (G(), {"__builtins__": G()}, {"__builtins__": {}}, {"__builtins__": None}, {"__builtins__": 1}, {"__builtins__": Loc()}):
    for src in ("len('a')", "secret", "victim_fn()", "__import__('sys').modules", "[y for y in range(3)]",
                "class A: pass", "def f(): return x\nf()"):
        for ex in (exec, eval):
            try: ex(src, g)
            except BaseException: pass
            try: ex(src, g, Loc())
            except BaseException: pass
for bad in ((1,), ([],), (None, None), (G,), ({}, 1)):
    try: exec("1", *bad)
    except BaseException: pass
LEAKED = []
print("done")
