# Raises through builtins (sorted key, map, dict lookups) and walks tb_next/tb_frame/f_back for foreign frames.
import sys
LEAKED = []
def harvest(tb):
    while tb is not None:
        f = tb.tb_frame
        while f is not None:
            if f.f_globals is not globals():
                LEAKED.append(f.f_globals)
            f = f.f_back
        tb = tb.tb_next
def boom(x): raise ValueError(x)
for thunk in (lambda: sorted([1, 2], key=boom), lambda: list(map(boom, [1])), lambda: {}[boom],
              lambda: int("x"), lambda: [].pop(), lambda: exec("1/0"), lambda: eval("boom(1)")):
    try: thunk()
    except Exception as e:
        harvest(e.__traceback__); harvest(sys.exc_info()[2])
        try: LEAKED.append(e.__traceback__.tb_frame.f_builtins is not __builtins__)
        except Exception: pass
LEAKED = [x for x in LEAKED if x is not True and x is not False]
print("done")
