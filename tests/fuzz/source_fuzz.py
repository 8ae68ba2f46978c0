"""Fuzzes Terrarium's tokenizer, parser and compiler with mutated programs.

Usage:
    python3.11 tests/fuzz/source_fuzz.py [--sources 2000] [--batch N] [--seed 0]
        [--jobs 2] [--timeout 10] [--terrarium target/release/terrarium]
        [--out target/fuzz-crashes/sources]

Each sample is a program from tests/programs/**/*.py with 1-3 random
mutations: characters, tokens or lines deleted, duplicated, swapped or
inserted (invalid UTF-8 included), the file truncated, or a stress pattern
inserted where an expression or statement may start: deeply nested
brackets, long chains of prefixes such as 'await ' * 10000, deep
indentation, long literals and operator chains. Sample i depends only on the
seed and i, whatever the mode.

Per-process mode (the default): each sample runs in its own terrarium
process, as a file or (when it has no NUL byte) with -c, so it is compiled
and, when it compiles, executed. A SyntaxError, a traceback or any exit
status is fine; a crash as defined in crashcheck.py (a Rust panic, a death by
signal, a hang that CPython 3.11 does not share) is shrunk by lines, then by
tokens, and recorded once per distinct crash.

Batch mode (--batch N): one terrarium process compiles N samples, each with
`compile(SOURCE, "<fuzz>", "exec")` on the source as a bytes literal, guarded
by `try: ... except BaseException: pass`; one sample in four is also compiled
in "eval" mode and one in four in "single" mode. It saves a process start
and a program run per sample, but it only compiles: nothing is executed, so
crashes at run time (in the code the compiler generated, or anywhere else
the program leads) are left to per-process mode. Progress markers
(crashcheck.with_progress_markers) tell which compile() call a crashing batch
was in; that sample is then run alone as in per-process mode and recorded
the same way (when it does not crash alone, the reproducer is the compile()
call that crashed), and the batch resumes after that sample. --timeout
applies to a whole batch, but a batch counts as hung only when the sample it
hung in hangs alone. A batch that exits with an error status without
crashing means the harness is broken.

Prints "sources tried: N, crashes: C" and every distinct crash; the
reproducers are written to --out. Exit status 1 when a crash was found or a
batch exited with an error status.
"""

import argparse
import concurrent.futures
import math
import os
import random
import re
import sys
import threading
import time

FUZZ_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(os.path.dirname(FUZZ_DIR))
sys.path.insert(0, FUZZ_DIR)

import crashcheck  # noqa: E402  (needs the sys.path entry above)

PROGRAMS_DIR = os.path.join(REPO_ROOT, "tests", "programs")
DEFAULT_TERRARIUM = os.path.join(REPO_ROOT, "target", "release", "terrarium")
DEFAULT_OUT = os.path.join(REPO_ROOT, "target", "fuzz-crashes", "sources")
STATUS_INTERVAL_SECONDS = 10
COMMAND_MODE_PROBABILITY = 0.2

INTERESTING_BYTES = [
    b"(", b")", b"[", b"]", b"{", b"}", b":", b";", b",", b".", b"\\", b"'", b'"', b"#",
    b"@", b"=", b"*", b"\n", b"\r", b"\t", b"\x0c", b" ", b"\x00", b"\xc3\xa9",
    b"\xe2\x80\xa8", b"\xef\xbb\xbf", b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xf0\x9d\x84\x9e",
]
TOKENS = [
    "def", "class", "lambda", "return", "yield", "yield from", "await", "async", "for", "in",
    "while", "if", "elif", "else", "try", "except", "except*", "finally", "with", "as",
    "import", "from", "global", "nonlocal", "del", "pass", "break", "continue", "raise",
    "assert", "not", "and", "or", "is", "None", "True", "False", "match", "case", "_",
    ":=", "**", "*", "->", "...", "@", "=", "==", "+=", "//=", "<<", ">>=", "!=", "~",
    "f'", 'f"', "rb'", "'''", '"""', "f'{", "}'", "{x!r:>{w}}", "0x", "1e", "1_000", "0o8",
    "1j", ".5", "\\\n", "(", ")", "[", "]", "{", "}", ",", ";", ":", "\n", "\n    ", "\t",
]
BRACKETS = [("(", ")"), ("[", "]"), ("{", "}"), ("f'{", "}'"), ("(lambda: ", ")"),
            ("[x for x in ", "]"), ("-(", ")"), ("not (", ")")]
PREFIXES = ["await ", "not ", "-", "~", "+", "lambda: ", "yield ", "*", "**", "await (",
            "x.", "x[", "f(", "@", "async ", "del ", "(yield ", "lambda x=", "if x else "]
# Patterns whose length grows without nesting in the source but may nest in
# the syntax tree (left-associative operators, attribute and call chains).
CHAINS = ["1 + ", "a.", "a()", "a[0]", "'s' ", "x, ", "x if y else ", "1 < ", "a and ",
          "a @ ", "2 ** "]
# Around CPython's limits (99 and 100 indentation levels, 200 nested brackets)
# and well beyond them.
REPEAT_COUNTS = [10, 99, 100, 199, 201, 1000, 3000, 20000]
TOKEN_PATTERN = re.compile(rb"\s+|\w+|[^\w\s]")
EXPRESSION_START = re.compile(rb"(?:= |\(|\[|, |return |^[ \t]*)", re.M)
LINE_START = re.compile(rb"^[ \t]*", re.M)


def random_offset(rng, data):
    return rng.randint(0, len(data))


def random_span(rng, data):
    start = random_offset(rng, data)
    return start, min(len(data), start + rng.choice([1, 1, 2, 3, 5, 8, 16, 64]))


def expression_offset(rng, data):
    """Where an expression (or a statement) may start."""
    offsets = [match.end() for match in EXPRESSION_START.finditer(data)]
    return rng.choice(offsets) if offsets else 0


def line_start_offset(rng, data):
    offsets = [match.start() for match in LINE_START.finditer(data)]
    return rng.choice(offsets) if offsets else 0


def insert(data, offset, text):
    return data[:offset] + text + data[offset:]


# Mutations: (rng, data) -> (mutated data, description). Each table entry is
# (kind, function); the kind groups crashes found by the same stress.

def delete_characters(rng, data):
    start, end = random_span(rng, data)
    return data[:start] + data[end:], "delete %d bytes" % (end - start)


def duplicate_characters(rng, data):
    start, end = random_span(rng, data)
    return insert(data, end, data[start:end]), "duplicate %d bytes" % (end - start)


def swap_characters(rng, data):
    first, second = sorted([random_span(rng, data), random_span(rng, data)])
    if first[1] > second[0]:
        return data, "swap nothing"
    return (data[:first[0]] + data[second[0]:second[1]] + data[first[1]:second[0]]
            + data[first[0]:first[1]] + data[second[1]:]), "swap spans"


def insert_characters(rng, data):
    text = b"".join(rng.choice(INTERESTING_BYTES) for _ in range(rng.randint(1, 3)))
    return insert(data, random_offset(rng, data), text), "insert %r" % text


def insert_token(rng, data):
    token = rng.choice(TOKENS)
    padded = rng.choice(["%s", " %s ", "%s "]) % token
    return insert(data, random_offset(rng, data), padded.encode()), "insert token %r" % token


def delete_line(rng, data):
    lines = data.splitlines(keepends=True)
    if lines:
        del lines[rng.randrange(len(lines))]
    return b"".join(lines), "delete a line"


def duplicate_line(rng, data):
    lines = data.splitlines(keepends=True)
    if lines:
        index = rng.randrange(len(lines))
        lines.insert(index, lines[index])
    return b"".join(lines), "duplicate a line"


def swap_lines(rng, data):
    lines = data.splitlines(keepends=True)
    if len(lines) >= 2:
        first, second = rng.sample(range(len(lines)), 2)
        lines[first], lines[second] = lines[second], lines[first]
    return b"".join(lines), "swap two lines"


def flip_byte(rng, data):
    if not data:
        return data, "flip nothing"
    offset = rng.randrange(len(data))
    return data[:offset] + bytes([data[offset] ^ (1 << rng.randrange(8))]) + data[offset + 1:], "flip a bit"


def truncate(rng, data):
    return data[:random_offset(rng, data)], "truncate"


def nested_brackets(rng, data):
    opening, closing = rng.choice(BRACKETS)
    depth = rng.choice(REPEAT_COUNTS)
    balanced = rng.random() < 0.8
    text = opening * depth + "1" + (closing * depth if balanced else "")
    description = "%s %r x %d" % ("nested" if balanced else "unclosed", opening, depth)
    return insert(data, expression_offset(rng, data), text.encode()), description


def prefix_chain(rng, data):
    prefix = rng.choice(PREFIXES)
    count = rng.choice(REPEAT_COUNTS)
    return (insert(data, expression_offset(rng, data), (prefix * count + "x").encode()),
            "prefix %r x %d" % (prefix, count))


def operator_chain(rng, data):
    link = rng.choice(CHAINS)
    count = rng.choice(REPEAT_COUNTS)
    return (insert(data, expression_offset(rng, data), (link * count + "1").encode()),
            "chain %r x %d" % (link, count))


def deep_indentation(rng, data):
    depth = rng.choice(REPEAT_COUNTS[:6])
    header = rng.choice(["if 1:", "for x in y:", "def f():", "class C:", "try:", "with x:",
                         "while 0:", "async def f():"])
    lines = [" " * level + header for level in range(depth)] + [" " * depth + "pass"]
    text = ("\n".join(lines) + "\n").encode()
    return insert(data, line_start_offset(rng, data), text), "indentation %r x %d" % (header, depth)


def long_literal(rng, data):
    size = rng.choice([5000, 100000, 1000000])
    # Only the chosen literal is built: each is up to 4 MB, and building all
    # seven took most of the time batch mode spends generating samples.
    build = rng.choice([lambda: "9" * size, lambda: "'%s'" % ("a" * size), lambda: "0x" + "f" * size,
                        lambda: "1" + "_0" * size, lambda: "'''" + "\n" * size + "'''",
                        lambda: "#" + "x" * size, lambda: "b'" + "\\x00" * size + "'"])
    return insert(data, expression_offset(rng, data), build().encode()), "literal of %d characters" % size


# The first kind in this list that a sample used names its group.
STRESS_MUTATIONS = [("nested brackets", nested_brackets), ("prefix chain", prefix_chain),
                    ("operator chain", operator_chain), ("deep indentation", deep_indentation),
                    ("long literal", long_literal)]
SMALL_MUTATIONS = [("character edit", delete_characters), ("character edit", duplicate_characters),
                   ("character edit", swap_characters), ("character edit", insert_characters),
                   ("character edit", flip_byte), ("token insertion", insert_token),
                   ("line edit", delete_line), ("line edit", duplicate_line),
                   ("line edit", swap_lines), ("truncation", truncate)]
KIND_PRIORITY = [kind for kind, _ in STRESS_MUTATIONS] + ["token insertion", "truncation",
                                                          "character edit", "line edit"]


# Batch mode compiles every sample in "exec" mode, which is what running it
# as a file compiles, and one sample in four also in "eval" mode and one in
# four in "single" mode, which per-process mode never reaches.
EXTRA_MODE_PERIOD = 4
EXTRA_MODES = {1: "eval", 3: "single"}     # index % EXTRA_MODE_PERIOD -> mode


def compile_modes(index):
    """The modes batch mode compiles sample index in, "exec" first."""
    extra = EXTRA_MODES.get(index % EXTRA_MODE_PERIOD)
    return ["exec", extra] if extra else ["exec"]


def bind_source(source):
    """A statement binding _fuzz_source to source. The source is a bytes
    literal, so that every byte (NUL, invalid UTF-8, a BOM, any line ending)
    reaches compile() as it is."""
    return b"_fuzz_source = %s\n" % repr(source).encode("ascii")


def compile_call(mode):
    """A one-line statement compiling _fuzz_source in mode."""
    return b"compile(_fuzz_source, '<fuzz>', '%s')\n" % mode.encode("ascii")


def batch_chunk(source, mode):
    """The chunk of a batch program that compiles source in mode, guarded:
    an exception, a SyntaxError above all, is a fine outcome. The "exec"
    chunk, a sample's first, binds the source for the sample's other chunks,
    so that terrarium parses a long source literal once."""
    binding = bind_source(source) if mode == "exec" else b""
    return binding + b"try:\n    " + compile_call(mode) + b"except BaseException:\n    pass\n"


def split_lines(data):
    return data.splitlines(keepends=True)


def split_tokens(data):
    return TOKEN_PATTERN.findall(data)


class SourceFuzzer:
    def __init__(self, args):
        self.args = args
        self.terrarium = crashcheck.Interpreter(args.terrarium, args.timeout)
        self.reference = crashcheck.Interpreter(args.reference, args.timeout)
        self.log = crashcheck.CrashLog(args.out)
        self.programs = self.load_programs()
        self._lock = threading.Lock()
        self.sources_tried = 0
        self.broken_batches = crashcheck.BrokenBatches()
        self.started = time.monotonic()
        self._last_status = self.started

    @staticmethod
    def load_programs():
        programs = []
        for root, dirs, files in os.walk(PROGRAMS_DIR):
            dirs.sort()
            for name in sorted(files):
                if name.endswith(".py"):
                    path = os.path.join(root, name)
                    with open(path, "rb") as f:
                        programs.append((os.path.relpath(path, PROGRAMS_DIR), f.read()))
        if not programs:
            sys.exit("no programs under " + PROGRAMS_DIR)
        return programs

    def sample(self, index):
        """Sample index: (source, as_command, group, label)."""
        rng = random.Random("%d:%d" % (self.args.seed, index))
        path, data = rng.choice(self.programs)
        kinds, descriptions = [], []
        for _ in range(rng.choice([1, 1, 1, 2, 2, 3])):
            table = STRESS_MUTATIONS if rng.random() < 0.3 else SMALL_MUTATIONS
            kind, mutate = rng.choice(table)
            data, description = mutate(rng, data)
            kinds.append(kind)
            descriptions.append(description)
        as_command = (rng.random() < COMMAND_MODE_PROBABILITY and b"\x00" not in data
                      and len(data) <= crashcheck.MAX_COMMAND_BYTES)
        group = min(kinds, key=KIND_PRIORITY.index)
        label = "%s (%s)" % ("; ".join(descriptions), path)
        return data, as_command, group, label

    def run_sample(self, index):
        """Per-process mode: runs sample index; returns the number of samples tried."""
        self.run_standalone(*self.sample(index))
        return 1

    def run_standalone(self, source, as_command, group, label):
        """Runs one sample in its own terrarium process, as a file or with -c,
        records it when it crashes (shrunk by lines, then by tokens) and
        returns the Outcome."""
        outcome = self.terrarium.run(source, as_command)
        if outcome.crashed:
            key = self.log.claim(outcome, label, group)
            if key is not None:
                crashcheck.investigate(self.log, self.terrarium, self.reference, key, outcome, label,
                                       chunks=split_lines(source), original=source,
                                       refinements=[crashcheck.split_again(split_tokens)],
                                       as_command=as_command)
        return outcome

    def run_batch(self, batch):
        """Batch mode: compiles the samples of the batch numbered batch in one
        terrarium process with progress markers, one chunk per compile()
        call, and resumes after each sample whose compilation crashed; returns
        the number of samples tried."""
        first = batch * self.args.batch
        samples = {index: self.sample(index)
                   for index in range(first, min(first + self.args.batch, self.args.sources))}
        pending = [(index, mode) for index in samples for mode in compile_modes(index)]
        while pending:
            chunks = [batch_chunk(samples[index][0], mode) for index, mode in pending]
            program = crashcheck.with_progress_markers(chunks)
            outcome = self.terrarium.run(program)
            if not outcome.crashed:
                if outcome.returncode != 0:
                    self.broken_batches.note(batch, outcome)
                return len(samples)
            if outcome.progress is None:
                # No compile() call started: terrarium crashed compiling the
                # batch program itself (its bytes literals), so no sample is
                # to blame and the rest of the batch cannot run.
                label = "batch program with samples %d-%d" % (pending[0][0], pending[-1][0])
                key = self.log.claim(outcome, label, "batch program")
                if key is not None:
                    crashcheck.investigate(self.log, self.terrarium, self.reference, key, outcome,
                                           label, chunks=chunks, original=program)
                return pending[0][0] - first
            position = int(outcome.progress)
            index, mode = pending[position]
            self.record_compile_crash(outcome, samples[index], mode,
                                      prefix=chunks[:position], original=program)
            # The batch resumes after the sample, which is tried now (its
            # other modes would only count the same crash again), at the next
            # sample's "exec" chunk, which binds that sample's source.
            pending = [call for call in pending[position + 1:] if call[0] != index]
        return len(samples)

    def record_compile_crash(self, outcome, sample, mode, prefix, original):
        """Records the crash of a batch in compile(source, mode), where source
        is sample's; prefix are the chunks that ran before that call and
        original is the batch program.

        The sample first runs alone, as in per-process mode, so that the
        reproducer is the source itself, shrunk. Only when that does not crash
        the same way (the crash needs compile() in mode "eval" or "single", or
        what the calls before it in the batch left behind) is the reproducer
        that compile() call after the fewest of the prefix calls it needs; its
        source is then not shrunk."""
        source, as_command, group, label = sample
        if self.run_standalone(source, as_command, group, label).signature == outcome.signature:
            return
        culprit = bind_source(source) + compile_call(mode)
        if outcome.kind == "hang":
            # A batch that times out may only be slow as a whole (terrarium
            # takes about a second to compile a million-digit literal, and a
            # batch can hold several): it hung only if the call alone hangs.
            if self.terrarium.run(culprit).kind != "hang":
                return
            prefix, original = [], culprit
        label = "%s, compile(..., %r) in a batch" % (label, mode)
        key = self.log.claim(outcome, label, group)
        if key is not None:
            crashcheck.investigate(self.log, self.terrarium, self.reference, key, outcome, label,
                                   chunks=prefix + [culprit], original=original,
                                   first_guess=[culprit] if prefix else None, pin_last_chunk=True)

    def run(self):
        if self.args.batch:
            task, task_count = self.run_batch, math.ceil(self.args.sources / self.args.batch)
            mode = "compiled in batches of %d" % self.args.batch
        else:
            task, task_count, mode = self.run_sample, self.args.sources, "run one per process"
        print("fuzzing with %d mutations of %d programs, %s" % (
            self.args.sources, len(self.programs), mode), file=sys.stderr)
        with concurrent.futures.ThreadPoolExecutor(max_workers=self.args.jobs) as pool:
            for future in concurrent.futures.as_completed(
                    [pool.submit(task, number) for number in range(task_count)]):
                self.sources_tried += future.result()
                now = time.monotonic()
                if now - self._last_status >= STATUS_INTERVAL_SECONDS:
                    self._last_status = now
                    print("  [%.0f s] sources %d/%d, crashes %d" % (
                        now - self.started, self.sources_tried, self.args.sources,
                        self.log.crash_count), file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=int, default=2000, help="number of mutated programs to try")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--batch", type=int, metavar="N",
                        help="compile N sources per terrarium process instead of running each"
                             " source in its own process")
    parser.add_argument("--jobs", type=int, default=2, help="terrarium processes run in parallel")
    parser.add_argument("--timeout", type=float, default=10,
                        help="seconds before a run (in batch mode: a whole batch) counts as hung")
    parser.add_argument("--terrarium", default=DEFAULT_TERRARIUM)
    parser.add_argument("--reference", default="python3.11",
                        help="CPython used to tell real hangs from slow programs")
    parser.add_argument("--out", default=DEFAULT_OUT, help="directory for the reproducers")
    args = parser.parse_args()
    args.terrarium = os.path.abspath(args.terrarium)
    if args.batch is not None and args.batch < 1:
        parser.error("--batch must be at least 1")

    fuzzer = SourceFuzzer(args)
    fuzzer.run()
    tried = "sources tried: %d" % fuzzer.sources_tried
    return crashcheck.finish(fuzzer.log, tried, fuzzer.broken_batches, fuzzer.started, args.out)


if __name__ == "__main__":
    sys.exit(main())
