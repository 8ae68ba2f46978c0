# Touches the harness process through posix: zero-length writes to fds, dup, fstat, lseek, kill(getpid(), 0), _exit, abort.
import posix
LEAKED = []
for op in (lambda: posix.write(1, b""), lambda: posix.write(2, b""), lambda: posix.fstat(0), lambda: posix.dup(2),
           lambda: posix.lseek(1, 0, 1), lambda: posix.get_inheritable(1), lambda: posix.pipe(),
           lambda: posix.kill(posix.getpid(), 0), lambda: posix.waitpid(-1, 1), lambda: posix.strerror(2),
           lambda: posix.read(10**6, 1), lambda: posix.write(10**6, b"x")):
    try: LEAKED.append(type(op()).__name__)
    except Exception: pass
for name in ("_exit", "abort"):
    f = getattr(posix, name, None)
    if f is not None:
        try: f(0) if name == "_exit" else f()
        except Exception: pass
print("done")
