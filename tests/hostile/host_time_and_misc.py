# Calls time/sys/posix helpers with extreme arguments (no sleeping): switch interval, getsizeof, getrefcount, time functions.
import time, sys
LEAKED = []
for op in (lambda: sys.setswitchinterval(0), lambda: sys.setswitchinterval(-1), lambda: sys.setswitchinterval(1e308),
           lambda: sys.getsizeof(object(), 2**62), lambda: sys.getrefcount(None), lambda: sys.getrefcount(1),
           lambda: time.time_ns(), lambda: time.monotonic(), lambda: time.perf_counter_ns(), lambda: time.thread_time(),
           lambda: sys.getsizeof([0] * 10, -1), lambda: sys.intern("x" * 10**6), lambda: sys.exit(), lambda: sys.exit(2**100),
           lambda: sys.is_finalizing(), lambda: sys.getdefaultencoding(), lambda: sys.exc_info()):
    try: LEAKED.append(type(op()).__name__)
    except BaseException: pass
try: sys.setswitchinterval(0.005)
except Exception: pass
LEAKED = []
print("done")
