# repr/str/== on self-referencing containers and on containers whose elements mutate them during repr.
LEAKED = []
a = []; a.append(a)
d = {}; d["d"] = d; d[1] = a
t = ([],); t[0].append(t)
s = []; s.append({"s": s, "t": (s,)})
for o in (a, d, t, s):
    for f in (repr, str, lambda x: x == x, lambda x: x == [x], lambda x: format(x), lambda x: "%s" % (x,)):
        try: f(o)
        except Exception: pass
class M:
    def __repr__(self):
        L.clear(); L.extend([M(), M()]) if len(L) < 100 else None
        return "m"
L = [M() for _ in range(5)]
try: repr(L); str(L)
except Exception: pass
class DM:
    def __repr__(self):
        D.clear(); D.update({i: DM() for i in range(2)}) if len(D) < 50 else None
        return "dm"
D = {i: DM() for i in range(5)}
try: repr(D)
except Exception: pass
print(repr(a))
