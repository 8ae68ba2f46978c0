# The posix module's file and directory functions, descriptors, stat
# results, scandir entries, environment and process helpers.
import posix

D = "tmp_posix_files"
if D in posix.listdir("."):
    for n in posix.listdir(D):
        posix.unlink(D + "/" + n)
    posix.rmdir(D)
posix.mkdir(D)
S_IFMT, S_IFDIR, S_IFREG, S_IFLNK = 0o170000, 0o040000, 0o100000, 0o120000

fd = posix.open(D + "/f.bin", posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
print(type(fd).__name__, posix.write(fd, b"hello "), posix.write(fd, bytearray(b"posix")), posix.lseek(fd, 0, 1))
print(posix.get_inheritable(fd), posix.isatty(fd))
posix.set_inheritable(fd, True)
print(posix.get_inheritable(fd))
posix.fsync(fd)
posix.ftruncate(fd, 8)
st = posix.fstat(fd)
print(st.st_size, st.st_mode & S_IFMT == S_IFREG, st.st_mode & 0o777)
posix.close(fd)

fd = posix.open(D + "/f.bin", posix.O_RDONLY)
print(posix.read(fd, 3), posix.read(fd, 100), posix.read(fd, 5), posix.lseek(fd, 1, 0), posix.read(fd, 2))
fd2 = posix.dup(fd)
print(fd2 != fd, posix.lseek(fd2, 0, 1))
posix.close(fd2)
posix.close(fd)

st = posix.stat(D + "/f.bin")
print(type(st).__name__, len(st), st[6], st.st_size, st[0] == st.st_mode, st.n_sequence_fields, st.n_fields)
print(isinstance(st, tuple), type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, type(st[8]).__name__)
posix.utime(D + "/f.bin", ns=(1_000_000_001_500_000_000, 1_600_000_000_250_000_000))
st = posix.stat(D + "/f.bin")
print(st.st_mtime_ns, st.st_mtime, st[8], st.st_atime_ns, st[7])
posix.utime(D + "/f.bin", (100, 200.5))
st = posix.stat(D + "/f.bin")
print(st.st_atime, st.st_mtime, st.st_mtime_ns)
posix.chmod(D + "/f.bin", 0o600)
print(oct(posix.stat(D + "/f.bin").st_mode & 0o777))
print(posix.access(D + "/f.bin", posix.F_OK), posix.access(D + "/nope", posix.F_OK), posix.access(D + "/f.bin", posix.R_OK))

posix.mkdir(D + "/sub")
posix.mkdir(D + "/sub/deeper", 0o755)
print(sorted(posix.listdir(D)), posix.listdir(D + "/sub"))
print(sorted(posix.listdir(D.encode())))
print(posix.stat(D + "/sub").st_mode & S_IFMT == S_IFDIR)

posix.symlink("f.bin", D + "/link")
print(posix.readlink(D + "/link"), posix.readlink((D + "/link").encode()))
print(posix.lstat(D + "/link").st_mode & S_IFMT == S_IFLNK, posix.stat(D + "/link").st_size)
print(posix.stat(D + "/link", follow_symlinks=False).st_mode & S_IFMT == S_IFLNK)

with posix.scandir(D) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.is_dir(follow_symlinks=False),
          e.is_file(follow_symlinks=False), e.inode() == e.stat(follow_symlinks=False).st_ino, posix.fspath(e))
print([e.name for e in posix.scandir(D.encode())][:0], type(next(posix.scandir(D.encode())).name).__name__)

posix.rename(D + "/f.bin", D + "/g.bin")
print(sorted(posix.listdir(D)))
fd = posix.open(D + "/h.bin", posix.O_WRONLY | posix.O_CREAT)
posix.close(fd)
posix.replace(D + "/h.bin", D + "/g.bin")
print(sorted(posix.listdir(D)), posix.stat(D + "/g.bin").st_size)

def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "filename", None), getattr(e, "errno", None))

attempt(lambda: posix.stat(D + "/missing"))
attempt(lambda: posix.stat((D + "/missing").encode()))
attempt(lambda: posix.mkdir(D + "/sub"))
attempt(lambda: posix.rmdir(D + "/sub"))
attempt(lambda: posix.rmdir(D + "/missing"))
attempt(lambda: posix.unlink(D + "/sub"))
attempt(lambda: posix.remove(D + "/missing"))
attempt(lambda: posix.rename(D + "/missing", D + "/other"))
attempt(lambda: posix.listdir(D + "/g.bin"))
attempt(lambda: posix.readlink(D + "/g.bin"))
attempt(lambda: posix.open(D + "/missing", posix.O_RDONLY))
attempt(lambda: posix.open(D + "/g.bin", posix.O_WRONLY | posix.O_CREAT | posix.O_EXCL))
attempt(lambda: posix.chdir(D + "/missing"))
attempt(lambda: posix.stat([]))
attempt(lambda: posix.mkdir(3))
attempt(lambda: posix.stat("a\0b"))
attempt(lambda: posix.utime(D, (1, 2), ns=(1, 2)))
attempt(lambda: posix.utime(D, 5))
attempt(lambda: posix.read(-1, 3))
attempt(lambda: posix.close(-1))
attempt(lambda: posix.write(1, "text"))
attempt(lambda: posix.urandom(-1))
attempt(lambda: len(posix.urandom(16)))
attempt(lambda: posix.fspath(3))
attempt(lambda: posix.strerror(2))

class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p

print(posix.fspath(P("x")), posix.fspath(P(b"y")), posix.fspath("z"), posix.stat(P(D)).st_mode & S_IFMT == S_IFDIR)
cwd = posix.getcwd()
posix.chdir(D)
print(sorted(posix.listdir()), posix.getcwd() == cwd + "/" + D, posix.getcwdb() == (cwd + "/" + D).encode())
posix.chdir("..")
print(posix.getcwd() == cwd)

r, w = posix.pipe()
print(posix.write(w, b"through the pipe"), posix.read(r, 7), posix.read(r, 100))
posix.close(w)
print(posix.read(r, 10))
posix.close(r)

old = posix.umask(0o027)
print(posix.umask(old) == 0o027)
print(type(posix.environ).__name__, all(type(k) is bytes and type(v) is bytes for k, v in posix.environ.items()))
posix.putenv("TERRARIUM_TEST_VAR", "1")
posix.unsetenv("TERRARIUM_TEST_VAR")
attempt(lambda: posix.putenv("A=B", "c"))
print(posix.getpid() > 0, posix.getppid() >= 0, posix.getuid() >= 0, type(posix.geteuid()).__name__)
print(posix.getgid() >= 0, posix.getegid() >= 0, posix.cpu_count() > 0)
u = posix.uname()
print(type(u).__name__, len(u), u.sysname == u[0], type(u.machine).__name__)
print(posix.WIFEXITED(0), posix.WEXITSTATUS(3 << 8), posix.WIFSIGNALED(9), posix.WTERMSIG(9),
      posix.WIFSTOPPED(0x137f), posix.WSTOPSIG(0x137f), posix.waitstatus_to_exitcode(2 << 8), posix.waitstatus_to_exitcode(15))
print(posix.error is OSError, "HAVE_LSTAT" in posix._have_functions, posix.O_RDONLY, posix.F_OK, posix.R_OK, posix.W_OK, posix.X_OK)
ts = posix.terminal_size((80, 24))
print(ts, ts.columns, ts.lines)
print(posix.stat_result(range(10)))
print(posix.stat_result(range(10)).st_atime, posix.stat_result(range(13)).st_atime)
attempt(lambda: posix.stat_result((1, 2)))

posix.unlink(D + "/link")
posix.unlink(D + "/g.bin")
posix.rmdir(D + "/sub/deeper")
posix.rmdir(D + "/sub")
posix.rmdir(D)
print(D in posix.listdir("."))
