/// Everything a new process needs, decided before it exists.
///
/// `_posixsubprocess.fork_exec` fills one of these; [`crate::Posix::spawn`] starts the
/// process. Nothing runs in the child between fork and exec except what is described
/// here, which is why `preexec_fn` is not supported.
///
/// ```
/// use terrarium_os::{NativePosix, Posix, Spawn, WaitStatus};
///
/// let posix = NativePosix::new();
/// let pid = posix.spawn(&Spawn {
///     executables: vec![b"/bin/true".to_vec()],
///     argv: vec![b"true".to_vec()],
///     ..Spawn::default()
/// })?;
/// let (_, status) = posix.waitpid(pid, 0)?;
/// assert_eq!(WaitStatus(status).exit_code(), Some(0));
/// # Ok::<(), terrarium_os::OsError>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Spawn {
    /// Paths to execute, tried in order until one succeeds (CPython's `executable_list`:
    /// the caller has already searched `PATH`).
    pub executables: Vec<Vec<u8>>,
    /// The new program's `argv`, `argv[0]` included.
    pub argv: Vec<Vec<u8>>,
    /// The new program's environment; `None` passes the backend's own.
    pub env: Option<Vec<(Vec<u8>, Vec<u8>)>>,
    /// Working directory for the new program; `None` keeps the backend's.
    pub cwd: Option<Vec<u8>>,
    /// `(child_fd, parent_fd)` pairs: in the child, `child_fd` refers to what `parent_fd`
    /// refers to in the parent, and is inheritable. Standard streams are `0`, `1`, `2`;
    /// `pass_fds` are pairs with equal numbers. A standard stream not listed is inherited.
    pub fds: Vec<(i32, i32)>,
    /// Close every other descriptor above 2 in the child, inheritable or not.
    pub close_fds: bool,
    /// Start a new session (`setsid`).
    pub new_session: bool,
    /// Join (or, with 0, create) this process group (`setpgid(0, group)`).
    pub process_group: Option<i32>,
    /// The child's umask.
    pub umask: Option<u32>,
    /// Reset `SIGPIPE` and `SIGXFSZ` to their default action, which the runtime ignores.
    pub restore_signals: bool,
}

/// A raw status from `waitpid`, decoded as the `os.W*` functions do.
///
/// ```
/// use terrarium_os::WaitStatus;
///
/// assert_eq!(WaitStatus(3 << 8).exit_code(), Some(3));
/// assert_eq!(WaitStatus(9).signal(), Some(9));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WaitStatus(pub i32);

impl WaitStatus {
    /// The exit code, if the child exited (`WIFEXITED` / `WEXITSTATUS`).
    pub fn exit_code(self) -> Option<i32> {
        libc::WIFEXITED(self.0).then(|| libc::WEXITSTATUS(self.0))
    }

    /// The signal that killed the child, if one did (`WIFSIGNALED` / `WTERMSIG`).
    pub fn signal(self) -> Option<i32> {
        libc::WIFSIGNALED(self.0).then(|| libc::WTERMSIG(self.0))
    }

    /// The signal that stopped the child, if it is stopped (`WIFSTOPPED` / `WSTOPSIG`).
    pub fn stop_signal(self) -> Option<i32> {
        libc::WIFSTOPPED(self.0).then(|| libc::WSTOPSIG(self.0))
    }

    /// Whether the child was resumed by `SIGCONT` (`WIFCONTINUED`).
    pub fn continued(self) -> bool {
        libc::WIFCONTINUED(self.0)
    }

    /// Whether the child dumped core (`WCOREDUMP`).
    pub fn core_dumped(self) -> bool {
        libc::WCOREDUMP(self.0)
    }
}
