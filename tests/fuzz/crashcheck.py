"""Crash detection, minimization and reporting shared by the Terrarium fuzzers.

builtins_fuzz.py and source_fuzz.py generate Python programs and hand them to
`Interpreter.run`, which runs one program in a scratch working directory with
an empty stdin, a memory limit and a timeout, and classifies how it ended:

- "panic":  stderr contains "panicked at" (a Rust panic, whatever the exit
            status); the signature is the panic location "panic at FILE:LINE";
- "signal": the process died by a signal. SIGINT is excluded: an uncaught
            KeyboardInterrupt ends a Python process that way on purpose;
- "hang":   no exit within the timeout;
- "ok":     anything else, a Python traceback and any exit status included.

A program can report how far it got by writing lines to PROGRESS_FILE in its
working directory; `with_progress_markers` builds such a program from chunks,
and `Outcome.progress` holds the last line written, i.e. the index of the chunk
that was running when the program crashed.

`investigate` shrinks a crashing program by delta debugging over its chunks
(calls, lines, tokens: whatever the fuzzer split it into) and records the
result in a `CrashLog`, which keeps one entry per distinct crash, writes the
reproducers to its output directory and renders the final report.
"""

import dataclasses
import glob
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time

PROGRESS_FILE = "fuzz-progress"

# Address-space limit for every program run: a fuzzed program that allocates
# without bound must get a MemoryError (or die) rather than exhaust the machine.
MEMORY_LIMIT_BYTES = 4 << 30

# How much of a program's stderr is read from each end of it: panic messages
# come last, but a program may print many warnings first.
STDERR_READ_BYTES = 64 * 1024

# Runs allowed for shrinking one crash (per pass), and for a hang, where every
# reproducing run costs the whole timeout.
MAX_SHRINK_RUNS = 200
MAX_SHRINK_RUNS_FOR_HANG = 10

# Signal deaths and hangs are told apart by the fuzzer's group for the code
# that crashed (the same SIGSEGV in two methods may be two bugs), but at most
# this many per signature are investigated; later ones only count as hits of
# the first.
MAX_RECORDS_PER_SIGNATURE = 12

# Linux refuses a single argument longer than 128 KiB, so longer programs
# cannot be passed with -c.
MAX_COMMAND_BYTES = 100_000

# The binary under test may be rebuilt while the fuzzer runs: a run only
# starts once the binary exists and has not changed for BINARY_SETTLE_SECONDS,
# and a run during which it changed is repeated. After BINARY_WAIT_SECONDS of
# waiting the fuzzer gives up.
BINARY_SETTLE_SECONDS = 10
BINARY_POLL_SECONDS = 5
BINARY_WAIT_SECONDS = 1800

REMOVED_ENVIRONMENT = ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "PYTHONWARNINGS",
                       "PYTHONINSPECT", "PYTHONOPTIMIZE", "PYTHONUTF8", "RUST_BACKTRACE",
                       "RUST_LIB_BACKTRACE")

# `ulimit` from a shell wrapper instead of a preexec_fn: the fuzzers start
# processes from several threads, where preexec_fn is unsafe. Core dumps are
# disabled so crashes do not litter the disk.
LIMITS_WRAPPER = 'ulimit -v %d; ulimit -c 0; exec "$@"' % (MEMORY_LIMIT_BYTES // 1024)

_PANIC_LOCATION = re.compile(r"([^\s'\"]+\.rs):(\d+):\d+")
_FATAL_STDERR_LINE = re.compile(
    r"overflowed its stack|memory allocation of|fatal runtime error|double free"
    r"|free\(\)|malloc\(\)|corrupted|Assertion")


@dataclasses.dataclass(frozen=True)
class Outcome:
    kind: str              # "ok", "panic", "signal" or "hang"
    signature: str         # "" for "ok"; what two runs must share to be the same crash
    returncode: int | None  # None after a hang
    stderr: str
    stdout: str            # only when the run asked for it
    progress: str | None   # last line written to PROGRESS_FILE
    seconds: float

    @property
    def crashed(self):
        return self.kind != "ok"

    def describe(self):
        """One line for reports: how the program ended."""
        if self.kind == "hang":
            return "no exit within %.0f s" % self.seconds
        if self.returncode is not None and self.returncode < 0:
            status = "killed by %s" % signal_name(-self.returncode)
        else:
            status = "exit status %s" % self.returncode
        lines = [line for line in self.stderr.splitlines() if line.strip()]
        return status + (", last stderr line: " + lines[-1].strip() if lines else "")


def signal_name(number):
    try:
        return signal.Signals(number).name
    except ValueError:
        return "signal %d" % number


def classify(returncode, stderr, timed_out):
    """Returns (kind, signature) for a finished or killed run."""
    panic = stderr.find("panicked at")
    if panic >= 0:
        location = _PANIC_LOCATION.search(stderr, panic, panic + 2000)
        if location:
            return "panic", "panic at %s:%s" % (location[1], location[2])
        return "panic", "panic (no location)"
    if timed_out:
        return "hang", "hang"
    if returncode < 0 and -returncode != signal.SIGINT:
        name = signal_name(-returncode)
        for line in stderr.splitlines():
            if _FATAL_STDERR_LINE.search(line):
                # Sizes and addresses vary between runs of the same bug.
                return "signal", "%s (%s)" % (name, re.sub(r"\d+", "N", line.strip()))
        return "signal", name
    return "ok", ""


def with_progress_markers(chunks):
    """Joins chunks into a program that writes each chunk's index to
    PROGRESS_FILE before running it. Chunks must be top-level statements."""
    parts = [b"import posix as _fuzz_posix\n",
             b"_fuzz_progress = _fuzz_posix.open(%r, _fuzz_posix.O_WRONLY"
             b" | _fuzz_posix.O_CREAT | _fuzz_posix.O_APPEND, 0o644)\n" % PROGRESS_FILE.encode()]
    for index, chunk in enumerate(chunks):
        parts.append(b"_fuzz_posix.write(_fuzz_progress, b'%d\\n')\n" % index)
        parts.append(chunk)
    return b"".join(parts)


def _read_ends(path):
    """The head and the tail of a file, decoded; the whole file if it is small."""
    with open(path, "rb") as f:
        head = f.read(STDERR_READ_BYTES)
        size = os.fstat(f.fileno()).st_size
        if size <= 2 * STDERR_READ_BYTES:
            data = head + f.read()
        else:
            f.seek(size - STDERR_READ_BYTES)
            data = head + b"\n[...]\n" + f.read()
    return data.decode("utf-8", "backslashreplace")


def _last_line(path):
    try:
        with open(path, "rb") as f:
            lines = f.read().splitlines()
    except FileNotFoundError:
        return None
    return lines[-1].decode("utf-8", "backslashreplace") if lines else None


class Interpreter:
    """Runs programs with one interpreter (terrarium or the CPython reference)."""

    def __init__(self, executable, timeout):
        self.executable = executable
        self.timeout = timeout
        self.environment = {name: value for name, value in os.environ.items()
                            if name not in REMOVED_ENVIRONMENT}
        self.environment.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")

    def run(self, program, as_command=False, capture_stdout=False):
        """Runs program (bytes) as a file, or with -c when as_command (the
        program must then contain no NUL byte and be at most
        MAX_COMMAND_BYTES long), and returns its Outcome."""
        deadline = time.monotonic() + BINARY_WAIT_SECONDS
        while time.monotonic() < deadline:
            before = self._settled_binary(deadline)
            outcome = self._run_once(program, as_command, capture_stdout)
            if self._binary_state() == before and not self._exec_failed(outcome):
                return outcome
            time.sleep(BINARY_POLL_SECONDS)
        raise RuntimeError("%s stayed missing or changing for %d s" % (self.executable, BINARY_WAIT_SECONDS))

    def _binary_state(self):
        path = self.executable if os.sep in self.executable else shutil.which(self.executable)
        try:
            status = os.stat(path or self.executable)
        except OSError:
            return None
        return status.st_ino, status.st_size, status.st_mtime_ns

    def _settled_binary(self, deadline):
        """Waits until the binary exists and has not changed for a while; returns its state."""
        while time.monotonic() < deadline:
            state = self._binary_state()
            if state is not None and time.time() - state[2] / 1e9 >= BINARY_SETTLE_SECONDS:
                return state
            time.sleep(BINARY_POLL_SECONDS)
        raise RuntimeError("%s stayed missing or changing for %d s" % (self.executable, BINARY_WAIT_SECONDS))

    def _exec_failed(self, outcome):
        # The shell wrapper exits with 126/127 when it cannot exec the binary.
        return (outcome.returncode in (126, 127) and self.executable in outcome.stderr
                and re.search(r"not found|No such file|Text file busy|Permission denied|Exec format",
                              outcome.stderr) is not None)

    def _run_once(self, program, as_command, capture_stdout):
        with tempfile.TemporaryDirectory(prefix="terrarium-fuzz-", ignore_cleanup_errors=True) as scratch:
            if as_command:
                argv = [self.executable, "-c", program]
            else:
                path = os.path.join(scratch, "program.py")
                with open(path, "wb") as f:
                    f.write(program)
                argv = [self.executable, path]
            stderr_path = os.path.join(scratch, "stderr")
            stdout_path = os.path.join(scratch, "stdout")
            started = time.monotonic()
            with open(stderr_path, "wb") as stderr_file, \
                    open(stdout_path, "wb") if capture_stdout else open(os.devnull, "wb") as stdout_file:
                process = subprocess.Popen(
                    ["/bin/sh", "-c", LIMITS_WRAPPER, "sh"] + argv,
                    cwd=scratch, env=self.environment, stdin=subprocess.DEVNULL,
                    stdout=stdout_file, stderr=stderr_file, start_new_session=True)
                try:
                    returncode = process.wait(self.timeout)
                    timed_out = False
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait()
                    returncode, timed_out = None, True
            seconds = time.monotonic() - started
            stderr = _read_ends(stderr_path)
            stdout = _read_ends(stdout_path) if capture_stdout else ""
            progress = _last_line(os.path.join(scratch, PROGRESS_FILE))
        kind, signature = classify(returncode, stderr, timed_out)
        return Outcome(kind, signature, returncode, stderr, stdout, progress, seconds)


def minimize(chunks, reproduces, max_runs):
    """Delta debugging (the complement-removal half of Zeller's ddmin): drops
    ever smaller runs of chunks while reproduces(remaining) holds. chunks must
    reproduce. Stops early, keeping the smallest reproducing list, after
    max_runs calls of reproduces."""
    runs = 0

    def test(candidate):
        nonlocal runs
        if runs >= max_runs:
            return False
        runs += 1
        return reproduces(candidate)

    current = list(chunks)
    if current and test([]):
        return []
    pieces = 2
    while len(current) >= 2 and runs < max_runs:
        size = -(-len(current) // pieces)
        for start in range(0, len(current), size):
            candidate = current[:start] + current[start + size:]
            if test(candidate):
                current = candidate
                pieces = max(pieces - 1, 2)
                break
        else:
            if pieces >= len(current):
                break
            pieces = min(2 * pieces, len(current))
    return current


@dataclasses.dataclass
class CrashRecord:
    key: str
    kind: str
    signature: str
    label: str              # the fuzzer's name for the code that crashed first
    reproducer: bytes
    as_command: bool        # the reproducer crashes when passed with -c
    stderr: str             # terrarium's stderr for the reproducer
    reference: str          # how CPython 3.11 ends the reproducer
    note: str = ""
    number: int = 0
    path: str = ""


class CrashLog:
    """The distinct crashes found so far, shared by the worker threads.

    A crash is first claimed (the claimer investigates it), then added or
    dismissed (a hang that CPython shares is not a crash). Repeats of a
    claimed, added or dismissed crash only count as hits.
    """

    def __init__(self, out_dir):
        self.out_dir = out_dir
        self._lock = threading.Lock()
        self._records = []
        self._claimed = {}      # key -> signature, for keys not yet added or dismissed
        self._dismissed = {}    # key -> reason
        self._hits = {}         # key -> number of runs that crashed this way
        self._labels = {}       # key -> distinct labels, in order of discovery
        os.makedirs(out_dir, exist_ok=True)
        for stale in glob.glob(os.path.join(out_dir, "crash-*")):
            os.remove(stale)

    def claim(self, outcome, label, group=None):
        """Returns the crash's key when the caller should investigate it,
        None when it is a repeat (then it is only counted). A panic is known by
        its location; a signal death or hang by its signature and group (by
        default the label): the fuzzer's guess at which code crashed."""
        with self._lock:
            key = outcome.signature
            if outcome.kind != "panic":
                key = "%s in %s" % (outcome.signature, group or label)
                known = [k for k, s in self._all_signatures() if s == outcome.signature]
                if key not in known and len(known) >= MAX_RECORDS_PER_SIGNATURE:
                    key = known[0]
            self._hits[key] = self._hits.get(key, 0) + 1
            labels = self._labels.setdefault(key, [])
            if label not in labels:
                labels.append(label)
            if key in self._claimed or key in self._dismissed:
                return None
            if any(record.key == key for record in self._records):
                return None
            self._claimed[key] = outcome.signature
            return key

    def _all_signatures(self):
        yield from ((record.key, record.signature) for record in self._records)
        yield from self._claimed.items()

    def add(self, record):
        with self._lock:
            del self._claimed[record.key]
            self._records.append(record)
            record.number = len(self._records)
            base = os.path.join(self.out_dir, "crash-%d" % record.number)
            record.path = base + ".py"
            with open(record.path, "wb") as f:
                f.write(record.reproducer)
            with open(base + ".txt", "w", encoding="utf-8") as f:
                f.write(self._describe(record, full_stderr=True))

    def dismiss(self, key, reason):
        with self._lock:
            del self._claimed[key]
            self._dismissed[key] = reason

    @property
    def crash_count(self):
        with self._lock:
            return len(self._records)

    def report(self):
        """The per-crash part of the final report."""
        with self._lock:
            parts = [self._describe(record) for record in self._records]
            if self._dismissed:
                parts.append("not counted as crashes:\n" + "".join(
                    "  %s: %s (%d hits: %s)\n" % (key, reason, self._hits[key],
                                                  ", ".join(self._labels[key][:6]))
                    for key, reason in self._dismissed.items()))
        return "\n".join(parts)

    def _describe(self, record, full_stderr=False):
        labels = self._labels.get(record.key, [record.label])
        lines = ["crash %d: %s  [%s, %d hits]" % (record.number, record.key, record.kind,
                                                  self._hits.get(record.key, 1)),
                 "  first found in: " + record.label]
        others = [label for label in labels if label != record.label]
        if others:
            lines.append("  also hit in: " + ", ".join(others[:12])
                         + (", ... (%d more)" % (len(others) - 12) if len(others) > 12 else ""))
        how = "terrarium -c \"$(cat %s)\"" if record.as_command else "terrarium %s"
        lines.append("  reproducer (%s):" % (how % record.path))
        lines.extend("      " + line for line in describe_source(record.reproducer).splitlines())
        stderr_lines = [line for line in record.stderr.splitlines() if line.strip()]
        if not full_stderr:
            stderr_lines = stderr_lines[:6]
        lines.append("  terrarium stderr:")
        lines.extend("      " + line for line in stderr_lines)
        lines.append("  CPython 3.11: " + record.reference)
        if record.note:
            lines.append("  note: " + record.note)
        return "\n".join(lines) + "\n"


class BrokenBatches:
    """Batches that exited with an error status without crashing. Every
    call in a batch is guarded, so such a batch means the harness is broken
    (its calls never ran), and the run fails; the first one is shown."""

    def __init__(self):
        self.count = 0
        self._lock = threading.Lock()

    def note(self, batch, outcome):
        with self._lock:
            self.count += 1
            if self.count == 1:
                print("warning: batch %d exited with %s" % (batch, outcome.describe()), file=sys.stderr)


def finish(log, tried, broken, started, out):
    """Prints the crash report and the summary ("TRIED, crashes: N", broken
    batches, wall time); returns the run's exit status."""
    report = log.report()
    if report:
        print(report)
    print("%s, crashes: %d" % (tried, log.crash_count))
    if broken.count:
        print("batches that exited with an error status: %d" % broken.count)
    print("wall time: %.1f s; reproducers in %s" % (time.monotonic() - started, out))
    return 1 if log.crash_count or broken.count else 0


def describe_source(source, limit=600, max_lines=40):
    """The reproducer as text for a report. A long one with long repetitions
    is shown as a Python expression that builds it, the repetitions written
    as 'unit' * N; a long one without is cut after max_lines."""
    text = source.decode("utf-8", "backslashreplace")
    if len(text) <= limit:
        return text
    expression = _run_length_expression(text)
    if expression is None:
        lines = text.splitlines()
        cut = "\n... (%d more lines, see the file)" % (len(lines) - max_lines) if len(lines) > max_lines else ""
        return "\n".join(lines[:max_lines]) + cut
    if len(expression) > 4 * limit:
        expression = expression[:4 * limit] + " ... (truncated, see the file)"
    return "(as a Python expression) " + expression


def _run_length_expression(text):
    """text as a sum of string literals and 'unit' * N terms, or None when it
    has no repetition worth writing that way."""
    parts, literal, position, repeated = [], [], 0, False
    while position < len(text):
        best_unit, best_length = None, 0
        for width in range(1, 33):
            unit = text[position:position + width]
            if len(unit) < width:
                break
            count = 1
            while text.startswith(unit, position + count * width):
                count += 1
            if count >= 4 and count * width >= 64 and count * width > best_length:
                best_unit, best_length = unit, count * width
        if best_unit is None:
            literal.append(text[position])
            position += 1
            continue
        if literal:
            parts.append(repr("".join(literal)))
            literal = []
        parts.append("%r * %d" % (best_unit, best_length // len(best_unit)))
        position += best_length
        repeated = True
    if literal:
        parts.append(repr("".join(literal)))
    return " + ".join(parts) if repeated else None


def split_again(split, max_runs=MAX_SHRINK_RUNS):
    """A refinement for `investigate`: splits the program into finer chunks
    with split (bytes -> list of bytes) and shrinks it again."""
    def refine(chunks, reproduces):
        return minimize(split(b"".join(chunks)), reproduces, max_runs)
    return refine


def investigate(log, terrarium, reference, key, outcome, label, chunks, original,
                first_guess=None, refinements=(), as_command=False, pin_last_chunk=False):
    """Shrinks a crashing program and adds it to log; the caller claimed key.

    chunks joined make the program to shrink; original is the program as it
    first crashed (it may differ, e.g. by progress markers) and is reported
    when nothing smaller reproduces. first_guess, when given, is a smaller
    chunk list worth trying first. Each refinement takes the shrunk chunks and
    the reproduces predicate and returns a smaller reproducing chunk list (for
    instance `split_again(tokens)`, or simpler arguments for the last call).

    With pin_last_chunk, the last chunk of chunks and first_guess is the one
    that crashed (the progress markers told): it is kept while the others
    are shrunk, and a candidate only reproduces when it crashes in its last
    chunk. Otherwise shrinking could slide to another bug with the same
    signature, and every SIGSEGV looks alike.

    A hang is not recorded when CPython hangs on the program too, or when it
    does not hang again (a slow machine, not a bug).
    """
    if outcome.kind == "hang" and reference.run(original, as_command).kind == "hang":
        log.dismiss(key, "hangs in CPython too")
        return
    max_runs = MAX_SHRINK_RUNS_FOR_HANG if outcome.kind == "hang" else MAX_SHRINK_RUNS

    def reproduces(candidate):
        if not pin_last_chunk:
            return terrarium.run(b"".join(candidate), as_command).signature == outcome.signature
        result = terrarium.run(with_progress_markers(candidate), as_command)
        return result.signature == outcome.signature and result.progress == str(len(candidate) - 1)

    def shrink(candidate):
        if not pin_last_chunk:
            return minimize(candidate, reproduces, max_runs)
        last = candidate[-1:]
        return minimize(candidate[:-1], lambda rest: reproduces(rest + last), max_runs) + last

    start, note = None, ""
    if first_guess is not None and reproduces(first_guess):
        start = first_guess
    elif reproduces(chunks):
        start = chunks
    if start is None:
        if outcome.kind == "hang":
            log.dismiss(key, "did not hang again")
            return
        reproducer = original
        note = "did not crash again when rerun; the reproducer is the program that crashed"
    else:
        shrunk = shrink(start)
        for refine in refinements:
            shrunk = refine(shrunk, reproduces)
        reproducer = b"".join(shrunk)
        if pin_last_chunk and terrarium.run(reproducer, as_command).signature != outcome.signature:
            reproducer = with_progress_markers(shrunk)
            note = "crashes only with the progress markers in place"
    final = terrarium.run(reproducer, as_command)
    reference_outcome = reference.run(reproducer, as_command)
    if outcome.kind == "hang" and reference_outcome.kind == "hang":
        log.dismiss(key, "the shrunk program hangs in CPython too")
        return
    if not final.crashed:
        note = note or "the reproducer crashed only sometimes while being shrunk"
    log.add(CrashRecord(key=key, kind=outcome.kind, signature=outcome.signature, label=label,
                        reproducer=reproducer, as_command=as_command,
                        stderr=(final if final.crashed else outcome).stderr,
                        reference=reference_outcome.describe(), note=note))
