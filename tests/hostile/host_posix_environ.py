# Reads and writes the process environment and identity through posix (environ, putenv, unsetenv, getpid, uname).
import posix
LEAKED = []
for op in (lambda: dict(posix.environ), lambda: posix.environ.__setitem__(b"PWNED", b"1"),
           lambda: posix.putenv(b"PWNED2", b"1"), lambda: posix.putenv("PWNED3", "1"), lambda: posix.unsetenv("PATH"),
           lambda: posix.environ.clear(), lambda: posix.getpid(), lambda: posix.getppid(), lambda: posix.uname(),
           lambda: posix.getuid(), lambda: posix.cpu_count(), lambda: posix.urandom(16),
           lambda: posix.get_terminal_size(), lambda: posix.isatty(0), lambda: posix.device_encoding(1)):
    try: LEAKED.append(type(op()).__name__)
    except Exception: pass
print("done")
