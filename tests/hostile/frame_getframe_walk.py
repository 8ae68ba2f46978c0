# Walks sys._getframe() f_back to the outermost frame and harvests f_globals/f_locals/f_builtins that are not ours.
import sys
N = "victim-" + "secret"
LEAKED = []
def grab():
    f = sys._getframe()
    while f is not None:
        for d in (f.f_globals, f.f_locals, f.f_builtins):
            if d is not globals() and isinstance(d, dict):
                if "victim_fn" in d or "secret" in d:
                    LEAKED.append(d)
                for k, v in list(d.items()):
                    if isinstance(v, str) and N in v: LEAKED.append(v)
        f = f.f_back
grab()
for depth in (0, 1, 2, 5, 50, 10**6, -1, 2**63):
    try: LEAKED.append(sys._getframe(depth).f_globals is globals() or sys._getframe(depth).f_globals)
    except Exception: pass
LEAKED = [x for x in LEAKED if x is not True]
print("done")
