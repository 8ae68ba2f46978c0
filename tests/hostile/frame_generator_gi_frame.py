# Finds other contexts' generators through gc and uses gi_frame/gi_code, then advances, throws into and closes them.
import gc
LEAKED = []
for o in gc.get_objects():
    if type(o).__name__ not in ("generator", "coroutine", "async_generator"): continue
    fr = getattr(o, "gi_frame", None) or getattr(o, "cr_frame", None)
    try:
        if fr is not None and fr.f_globals is globals(): continue
        LEAKED.append(fr.f_globals if fr else None)
        LEAKED.append(fr.f_locals if fr else None)
        LEAKED.append(o.gi_code.co_consts)
    except Exception: pass
    for f in (lambda: next(o), lambda: o.send(None), lambda: o.throw(GeneratorExit), lambda: o.close()):
        try: LEAKED.append(f())
        except BaseException: pass
LEAKED = [x for x in LEAKED if x is not None]
print("done")
