# Replaces process-wide hooks in sys: stdout/stderr/stdin, excepthook, displayhook, unraisablehook, breakpointhook, path, argv.
import sys
LEAKED = []
class Sink:
    def write(self, s): LEAKED.append(s); return len(s)
    def flush(self): pass
def hook(*a): LEAKED.append(a)
for k, v in (("stdout", Sink()), ("stderr", Sink()), ("stdin", Sink()), ("excepthook", hook), ("displayhook", hook),
             ("unraisablehook", hook), ("breakpointhook", hook), ("path", None), ("argv", None), ("meta_path", None),
             ("__stdout__", Sink()), ("__excepthook__", hook), ("executable", "/bin/sh"), ("flags", None)):
    try: setattr(sys, k, v)
    except Exception: pass
for k in ("stdout", "excepthook", "modules", "path"):
    try: delattr(sys, k)
    except Exception: pass
try: sys.__dict__["stdout"] = Sink()
except Exception: pass
print("captured?")
