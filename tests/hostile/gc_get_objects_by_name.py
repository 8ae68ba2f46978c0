# Looks for the victim's class, function, generator and globals by name among gc objects and uses them.
import gc
LEAKED = []
names = {"VictimClass", "victim_fn", "check", "victim_obj", "victim_list", "victim_dict"}
for o in gc.get_objects():
    try:
        n = getattr(o, "__name__", None)
        if n in names:
            LEAKED.append(o)
            if callable(o) and n == "victim_fn":
                LEAKED.append(o())
            if isinstance(o, type):
                LEAKED.append(getattr(o, "token", None))
                LEAKED.append(o())
        if isinstance(o, dict) and ("victim_obj" in o or "secret" in o) and o is not globals():
            LEAKED.append(dict(o))
            o["secret"] = "pwned"
    except Exception:
        pass
print("done")
