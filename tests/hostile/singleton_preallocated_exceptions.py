# Triggers MemoryError/RecursionError/etc., checks if the instances are shared (same object, foreign traceback) and taints them.
import sys
LEAKED = []
def get(thunk):
    try: thunk()
    except BaseException as e: return e
def rec(): return rec()
es = [get(lambda: "x" * 2**62), get(lambda: "x" * 2**62), get(lambda: [0] * 2**62), get(rec), get(rec),
      get(lambda: 1 << 2**62), get(lambda: next(iter(()))), get(lambda: 1 / 0), get(lambda: {}[1])]
for e in es:
    if e is None: continue
    tb = e.__traceback__
    while tb is not None:
        if tb.tb_frame.f_globals is not globals(): LEAKED.append(tb.tb_frame.f_globals)
        tb = tb.tb_next
    if e.__context__ is not None: LEAKED.append(e.__context__)
    for op in (lambda: setattr(e, "args", ("pwned",)), lambda: setattr(e, "x", LEAKED), lambda: e.add_note("pwned"),
               lambda: setattr(e, "__context__", KeyError("pwned")), lambda: setattr(e, "__class__", KeyError)):
        try: op()
        except Exception: pass
LEAKED.append(sum(1 for a in es for b in es if a is b and a is not None) - sum(1 for a in es if a is not None))
LEAKED = [x for x in LEAKED if x != 0]
print("done")
